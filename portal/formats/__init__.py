"""Date and number formats of the portal's languages (FORMAT_MODULE_PATH), over Django's own.

Editors write dates the Vietnamese way, dd/mm/yyyy HH:MM, whatever language their admin speaks:
the English admin reads "04/12/2026" as 4 December too, never as 12 April. ISO dates
(2026-12-04 07:00) keep working everywhere: Django adds them to every list of input formats.
"""
