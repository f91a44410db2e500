"""What an editor can read in the admin, and the English that must not be part of it."""

import re

from tests.portal.test_admin_catalogue import ENGLISH_WORDS

# English the server-side completeness test cannot see (issue 26, point 6): Wagtail labels and
# widgets drawn by JavaScript (the table editor's context menu comes from Handsontable's own
# dictionaries), labels Wagtail builds from field names past gettext, data Wagtail's migrations
# name, Django messages its vi catalogue leaves out, and links to Wagtail's English-only guide.
WIDGET_WORDS = [
    *("Insert row above", "Insert row below", "Insert column left", "Insert column right"),
    *("Remove row", "Remove column", "Undo", "Redo", "Copy", "Cut"),
    *("Image", "Excerpt", "Root", "Port", "Site name", "Root page", "Parent", "Tags"),
    *("Sign in to Wagtail", "Editor Guide", "editor guide", "What's new", "File extension", "is not allowed"),
]
# Python values printed as text where a word ("Có"/"Không") or an icon belongs.
PYTHON_VALUES = ["True", "False", "None"]


def visible_words(page):
    """What a person can read or hear: rendered text, plus the accessible names of controls."""
    return page.evaluate(
        """() => {
            const texts = [document.body.innerText];
            for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
                if (element.closest('[hidden], template')) continue;
                for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                    if (element.getAttribute(name)) texts.push(element.getAttribute(name));
                }
            }
            for (const title of document.querySelectorAll('svg title')) {
                if (!title.closest('[hidden], template')) texts.push(title.textContent);
            }
            return texts.join('\\n');
        }"""
    )


def english_words_in(text, words=ENGLISH_WORDS):
    return [word for word in words if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
