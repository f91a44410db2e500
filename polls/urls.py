from django.urls import path

from .views import vote

urlpatterns = [path("binh-chon/<int:page_id>/", vote, name="poll_vote")]
