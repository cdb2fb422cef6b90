"""The review web app in which clinicians read previews and approve translations."""
