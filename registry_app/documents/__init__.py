"""PDF documents drawn with ReportLab (sign-in sheets, rosters, certificates). Input: a frozen
dataclass built by a service; output: PDF bytes. Never touches Peewee or Qt."""
