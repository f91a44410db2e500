from django.urls import path

from .views import post_comment

urlpatterns = [path("gop-y/<int:page_id>/", post_comment, name="legal_document_comment")]
