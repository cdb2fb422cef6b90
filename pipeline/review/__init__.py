"""The approval ledger, the one approval rule and the review states."""
