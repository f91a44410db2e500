from django.utils.text import Truncator

from portal.structured_data import office_as_publisher, without_empty

HEADLINE_LENGTH = 110  # what Google shows of a NewsArticle's headline


def news_article(article, *, office, url, description, image):
    publisher = office_as_publisher(office)
    return without_empty(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": Truncator(article.title).chars(HEADLINE_LENGTH),
            "description": description,
            "datePublished": article.published_at or article.first_published_at,
            "dateModified": article.last_published_at,
            "inLanguage": article.locale.language_code,
            "mainEntityOfPage": url,
            "image": [image["url"]] if image else None,
            "author": {"@type": "Person", "name": article.author} if article.author else publisher,
            "publisher": publisher,
        }
    )
