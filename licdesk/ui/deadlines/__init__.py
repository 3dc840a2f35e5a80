"""The compliance calendar: the Deadlines page, its table, the start-up reminder, the timeline."""
