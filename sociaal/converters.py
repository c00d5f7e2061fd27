"""URL converters. `id` is a database id: digits that fit a bigint. A longer number is no
id at all and answers 404 (instead of an overflow deep in the database layer)."""

from django.urls import register_converter


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(int(value))


register_converter(IdConverter, "id")
