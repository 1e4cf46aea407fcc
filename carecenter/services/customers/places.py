"""Italian postal places: the provinces' official two-letter sigle and the postcode shape."""

from __future__ import annotations

import re
from typing import Final

# The sigle of the Italian provinces and metropolitan cities (ISTAT, vehicle plates and
# postal addresses), with the four Sardinian ones back in use since the 2023 regional
# reform (CI, OG, OT, VS).
PROVINCES: Final[frozenset[str]] = frozenset((
    "AG", "AL", "AN", "AO", "AP", "AQ", "AR", "AT", "AV", "BA", "BG", "BI", "BL", "BN",
    "BO", "BR", "BS", "BT", "BZ", "CA", "CB", "CE", "CH", "CI", "CL", "CN", "CO", "CR",
    "CS", "CT", "CZ", "EN", "FC", "FE", "FG", "FI", "FM", "FR", "GE", "GO", "GR", "IM",
    "IS", "KR", "LC", "LE", "LI", "LO", "LT", "LU", "MB", "MC", "ME", "MI", "MN", "MO",
    "MS", "MT", "NA", "NO", "NU", "OG", "OR", "OT", "PA", "PC", "PD", "PE", "PG", "PI",
    "PN", "PO", "PR", "PT", "PU", "PV", "PZ", "RA", "RC", "RE", "RG", "RI", "RM", "RN",
    "RO", "SA", "SI", "SO", "SP", "SR", "SS", "SU", "SV", "TA", "TE", "TN", "TO", "TP",
    "TR", "TS", "TV", "UD", "VA", "VB", "VC", "VE", "VI", "VR", "VS", "VT", "VV",
))

ITALIAN_POSTCODE: Final = re.compile(r"\d{5}\Z")  # the CAP: five digits
FOREIGN_POSTCODE: Final = re.compile(r"[A-Z0-9][A-Z0-9 -]{1,14}\Z")
COUNTRY_CODE: Final = re.compile(r"[A-Z]{2}\Z")  # ISO 3166-1 alpha-2
