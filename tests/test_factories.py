"""Every model of ours has a factory, so every test can build any content in one line."""

from importlib import import_module

import factory
import pytest

from django.apps import apps
from django.conf import settings

# Every app that lives in this repository, as INSTALLED_APPS lists them.
PROJECT_APPS = [
    config.label
    for config in apps.get_app_configs()
    if str(config.path).startswith(str(settings.BASE_DIR)) and ".venv" not in str(config.path)
]


def project_factories():
    found = {}
    for label in PROJECT_APPS:
        try:
            module = import_module(f"{label}.factories")
        except ModuleNotFoundError:
            continue
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, factory.Factory) and value._meta.model:
                found[value._meta.model] = value
    return found


def project_models():
    for label in PROJECT_APPS:
        yield from apps.get_app_config(label).get_models()


def test_every_project_model_has_a_factory():
    factories = project_factories()
    missing = [model.__name__ for model in project_models() if model not in factories]
    assert not missing, f"models without a factory: {missing}"


@pytest.mark.django_db
@pytest.mark.parametrize("model", list(project_models()), ids=lambda model: model.__name__)
def test_factory_builds_a_valid_instance(model, home_page):
    from wagtail.models import Page

    model_factory = project_factories()[model]
    if issubclass(model, Page) and model is not type(home_page):
        instance = model_factory(parent=home_page)
    elif issubclass(model, Page):
        instance = home_page
    else:
        instance = model_factory()
    instance.full_clean()
