"""Edit mode: the forms and tables a license is typed into, and the edit session behind them."""
