import csv

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from .models import PollPage

# A spreadsheet runs a cell starting with one of these as a formula; answers are typed by editors.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text):
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


def results_csv(request, page_id):
    poll = get_object_or_404(PollPage, pk=page_id)
    if not poll.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    results = poll.stored_results()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="poll-{poll.pk}-results.csv"'
    # Excel reads a CSV file as UTF-8 (and so shows Vietnamese) only after a byte order mark.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([_("Answer"), _("Votes"), _("Percent")])
    for choice in results.choices:
        writer.writerow([spreadsheet_safe(choice.label), choice.votes, choice.percent])
    writer.writerow([_("Total ballots"), results.total, ""])
    return response
