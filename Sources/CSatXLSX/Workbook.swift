internal import CLibXLSXWriter
import CSatCore
