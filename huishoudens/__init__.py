"""Households, the people in them, their network, and the professionals involved."""
