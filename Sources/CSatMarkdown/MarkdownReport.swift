import CSatCore
import Mustache
