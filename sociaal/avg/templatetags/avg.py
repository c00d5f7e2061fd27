from django import template

register = template.Library()


@register.filter
def is_lijst(waarde) -> bool:
    return isinstance(waarde, list)


@register.filter
def is_dict(waarde) -> bool:
    return isinstance(waarde, dict)
