"""Numbers as Vietnamese readers write them: 30.318, 90.185.982."""


def format_count(value):
    """An integer with "." between thousands, whatever the active language."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return ""
    return f"{number:,}".replace(",", ".")
