from django.urls import path

from wagtail import hooks

from .admin_views import results_csv


@hooks.register("register_admin_urls")
def register_results_csv_url():
    return [path("polls/<int:page_id>/results.csv", results_csv, name="polls_results_csv")]
