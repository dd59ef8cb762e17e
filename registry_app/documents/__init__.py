"""PDF documents drawn with ReportLab (sign-in sheets, rosters, certificates). Input: a frozen
dataclass built by a service; output: PDF bytes. Never touches Peewee or Qt."""

from reportlab import rl_config

# Streams are compressed; ASCII85 on top of that only makes files bigger and slower to write.
rl_config.useA85 = 0
