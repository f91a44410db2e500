class Refusal(Exception):
    """An action its rules refuse (a vote, a rating): `message` for the page's form, `code` and
    `http_status` for the interaction API's `{"detail", "code"}` answer."""

    code = "refused"
    http_status = 409

    def __init__(self, message=""):
        super().__init__(message or self.default_message())

    def default_message(self):
        return ""

    @property
    def message(self):
        return str(self)
