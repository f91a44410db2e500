"""Visitor statistics for clients: `GET /api/portal/stats/visitors`."""

from dataclasses import asdict

from ninja import Field, Router, Schema

from .figures import current_figures

router = Router(tags=["statistics"])


class VisitorFiguresOut(Schema):
    online: int = Field(description="Distinct visitors in the last 5 minutes (bots + guests).")
    bots: int = Field(description="Search engines and other robots among them.")
    guests: int = Field(description="People among them.")
    today: int = Field(description="Visits today (Asia/Ho_Chi_Minh); a visitor counts once per 30 minutes.")
    month: int = Field(description="Visits this calendar month.")
    total: int = Field(description="Visits since counting began, including the starting total.")


@router.get("/visitors", response=VisitorFiguresOut, summary="Visitor statistics (Thống kê)")
def visitor_figures(request):
    return asdict(current_figures())
