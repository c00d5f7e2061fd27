# syntax=docker/dockerfile:1
# The production image of sociaal: one image for web (gunicorn), worker, beat and migrate;
# docker-compose.yml picks the role with `command`. Configuration is by environment
# variables only (docs/configuration.md).
FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# The libraries WeasyPrint loads at run time (PDFs), and a font for them to use.
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
        libpango-1.0-0 \
        libpangoft2-1.0-0 \
        libharfbuzz-subset0 \
        fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

# The processes run as this user; the code and static files stay root-owned (read-only).
RUN groupadd --system --gid 10001 sociaal \
 && useradd --system --uid 10001 --gid sociaal --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin sociaal \
 && mkdir -p /srv/documenten && chown sociaal:sociaal /srv/documenten  # private PDFs (a volume)

WORKDIR /app

# Dependencies first, pinned by the lock file, so this layer survives code changes.
COPY pyproject.toml ./
COPY requirements/constraints.txt requirements/
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > /tmp/requirements.txt \
 && pip install -c requirements/constraints.txt -r /tmp/requirements.txt \
 && rm /tmp/requirements.txt

COPY . .
RUN pip install -c requirements/constraints.txt . \
 && rm -rf build ./*.egg-info
# The installed package holds only the Python modules: templates/ and static/ live beside
# them in /app (settings find them through BASE_DIR). Putting /app first on the path makes
# every process (gunicorn, celery, manage.py) import the code from /app. The user's home
# (/app) is read-only, so fontconfig (WeasyPrint) keeps its font cache under /tmp.
ENV PYTHONPATH=/app \
    DJANGO_SETTINGS_MODULE=sociaal.settings.production \
    XDG_CACHE_HOME=/tmp/.cache

# production.py requires these three; collectstatic uses none of them (it opens neither
# the database nor the broker), so dummy values exist for this one command only.
RUN DJANGO_SECRET_KEY=collectstatic-only-not-a-secret \
    DATABASE_URL=postgres://collectstatic@localhost:5432/none \
    CELERY_BROKER_URL=redis://localhost:6379/0 \
    python manage.py collectstatic --noinput -v 0

USER sociaal
EXPOSE 8000

# No HEALTHCHECK here: the same image runs the worker, beat and migrate, which serve no
# HTTP. docker-compose.yml gives the web service its own check against /readyz.
CMD ["gunicorn", "sociaal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
