"""Work that spans several parts of licdesk (domain, store, exports) without Qt: review packages.

A service speaks to the store through its public API only (Store methods and store.transaction()).
"""
