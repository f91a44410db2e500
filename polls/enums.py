from django.db import models
from django.utils.translation import gettext_lazy as _


class ResultsVisibility(models.TextChoices):
    ALWAYS = "always", _("Always")
    AFTER_VOTING = "after_voting", _("After the visitor votes")
    AFTER_CLOSING = "after_closing", _("After the poll closes")


class PollStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Not open yet")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
