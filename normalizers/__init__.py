"""Pure functions that read Vietnamese text, numbers, dates, money and names.

Nothing here does I/O (data files are read once at import), keeps state, or imports
from `extractors` or `pipeline`.
"""
