"""schema.org JSON-LD. A page model describes itself with `structured_data(office=, url=,
description=, image=)` (a dict, or None); `seo_tags.page_seo` asks every page for it and
describes the site's root page as the office."""


def without_empty(data):
    return {key: value for key, value in data.items() if value}


def postal_address(address):
    return {"@type": "PostalAddress", "streetAddress": address} if address else None


def office_as_publisher(office):
    """The office (site settings) as an article's publisher, or None when it has no name."""
    if office is None or not office.office_name:
        return None
    return {"@type": "GovernmentOrganization", "name": office.office_name}


def office_data(office, url):
    if office is None or not office.office_name:
        return None
    return without_empty(
        {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "name": office.office_name,
            "url": url,
            "address": postal_address(office.address),
            "telephone": office.phone,
            "email": office.email,
        }
    )
