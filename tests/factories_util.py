from home.factories import StandardPageFactory


def make_child_page(parent, title, live=True, **fields):
    """A standard page under `parent`, for tests of the shell that need any page."""
    return StandardPageFactory(parent=parent, title=title, live=live, **fields)
