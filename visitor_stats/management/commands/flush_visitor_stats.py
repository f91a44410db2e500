from django.core.management.base import BaseCommand

from visitor_stats.figures import flush


class Command(BaseCommand):
    help = (
        "Write the visits counted in the cache to the database (DailyVisits). Run it every minute "
        "from cron; page views also flush when the last flush is older than a minute."
    )

    def handle(self, *args, **options):
        moved = flush()
        for day, (visits, bots) in sorted(moved.items()):
            self.stdout.write(f"{day:%Y-%m-%d}: +{visits} visits ({bots} by search engines)")
        if not moved:
            self.stdout.write("nothing to flush")
