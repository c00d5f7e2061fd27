"""How a date may be typed, on top of Django's Dutch formats (settings.FORMAT_MODULE_PATH;
everything not named here comes from django/conf/locale/nl/formats.py). A date field shows
the browser's date picker, which sends ISO; typed by hand, 12-03-1950, 12/03/1950 and
12.03.1950 work too. Not a two-digit year, which Django's nl formats accept: "12-03-50"
would be 2050 for a date of birth. Django adds the ISO formats to these lists itself."""

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
    "%d-%m-%Y %H:%M",
    "%d/%m/%Y %H:%M",
    "%Y-%m-%d",
    "%d-%m-%Y",
]
