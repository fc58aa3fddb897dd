internal import CLibCSV
