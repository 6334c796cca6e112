"""The command line: parse options, call one library function, map errors to exit codes."""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import click

from .cli_options import (
    OPTION_DEFAULTS,
    analysis_options,
    comma_list,
    debug_option,
    handle_errors,
    make_options,
    selection_options,
    shown_default,
)
from .options import FORMATS, HINTS, Options
from .runtime.cache import save_caches
from .runtime.collector import allow_freezing
from .runtime.workers import end_idle_workers


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quizgen")
def main() -> None:
    """Turn texts into Anki decks and printable worksheets for language learners."""


def run() -> None:
    """The console script and `python -m quizgen`: `main`, then the growing caches saved
    and quizgen's idle workers ended, so the interpreter's exit does not wait on them."""
    allow_freezing()
    try:
        main()
    finally:
        save_caches()
        end_idle_workers()


@main.command()
@click.argument("articles", nargs=-1, required=True)
@analysis_options
@selection_options
@click.option("--questions", type=int, default=None,
              help=f"How many comprehension questions. {shown_default('questions')}")
@click.option("--drop-question", "drop_questions", multiple=True,
              help="Leave out the question with this id (see the JSON output; repeatable).")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help=f"Output folder. {shown_default('out')}")
@click.option("--format", "format", default=None,
              help=f"Comma-separated output formats from {','.join(FORMATS)}. {shown_default('formats')}")
@click.option("--deck", default=None, help="Anki deck name. [default: Quizgen::<title>]")
@click.option("--cards", default=None,
              help="Comma-separated Anki card kinds from cloze,meaning,reverse,questions. "
                   + shown_default("cards"))
@click.option("--templates", type=click.Path(file_okay=False), default=None,
              help="Folder of templates that replace the defaults.")
@click.option("--hint", type=click.Choice(HINTS), default=None, help=f"Cloze hint. {shown_default('hint')}")
@click.option("--paper", type=click.Choice(["a4", "letter"]), default=None,
              help=f"Worksheet paper size. {shown_default('paper')}")
@click.option("--teacher", is_flag=True, default=None,
              help="Worksheet with the answers filled in, for the teacher.")
@click.option("--ui-lang", default=None,
              help="Language of the worksheet's instructions. [default: the article's]")
@click.option("--address", type=click.Choice(["sie", "du"]), default=None,
              help=f"How instructions and questions address the learner. {shown_default('address')}")
@click.option("--gaps", type=int, default=None,
              help=f"Gaps in the worksheet's text, besides the example. {shown_default('gaps')}")
@click.option("--no-word-bank", "word_bank", flag_value=False, default=None,
              help="A worksheet without the word bank, for a harder exercise.")
@click.option("--source", default=None,
              help='The worksheet\'s source line, e.g. "AP, 14.09.2023". [default: from the file]')
@click.option("--excerpt", type=int, default=None,
              help="A longer text's worksheet covers about this many words (0: all). "
                   + shown_default("excerpt"))
@click.option("--audio", is_flag=True, default=None,
              help="Add the example sentence read aloud (needs espeak-ng).")
@click.option("--glossary", type=click.Path(dir_okay=False), default=None,
              help="Teacher's glossary (TSV or CSV: lemma, meaning, note); always wins.")
@click.option("--dictionary", type=click.Path(), default=None,
              help="A dictd dictionary (.index/.dict.dz) to take meanings from.")
@click.option("--gloss-lang", default=None, help="Language of the meanings. [default: en]")
@click.option("--input-format", default=None,
              help="Input format: auto, text, markdown, html, epub, srt, vtt. "
                   + shown_default("input_format"))
@click.option("--epub", type=click.Choice(["chapters", "book"]), default=None,
              help=f"An EPUB book as one article per chapter, or as one. {shown_default('epub')}")
@click.option("--jobs", type=int, default=None,
              help="Processes that analyse a long text, this one included. "
                   "[default: one per CPU core, up to 4]")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@debug_option
@handle_errors
def build(articles: tuple[str, ...], **given: Any) -> None:
    """Build study material from ARTICLES (files, folders, or - for standard input).

    Example: quizgen build seeds/de_russland_nordkorea_gipfel.txt --level B1 --format apkg,html
    """
    from .build import build as run_build

    quiet = given.pop("quiet")
    options = make_options(**given)
    report = run_build(list(articles), options, progress=not quiet)
    for path, reason in report.skipped:
        click.echo(f"quizgen: skipped {path}: {reason}", err=True)
    if not quiet:
        for path in report.written:
            click.echo(f"wrote {path}")
    if not quiet:
        for line in report.coverage:
            click.echo(line, err=True)
    for _source, error in report.failures:
        if click.get_current_context().meta.get("quizgen.debug"):
            traceback.print_exception(error, file=sys.stderr)
        click.echo(f"quizgen: error: {error}", err=True)
    if not quiet and len(report.built) + len(report.failures) > 1:
        click.echo(report.summary(), err=True)
    if report.failures:
        sys.exit(max(e.exit_code for _, e in report.failures))


@main.command()
@click.argument("article")
@analysis_options
@selection_options
@click.option("--glossary", type=click.Path(dir_okay=False), default=None,
              help="Teacher's glossary (TSV or CSV: lemma, meaning, note); always wins.")
@click.option("--dictionary", type=click.Path(), default=None,
              help="A dictd dictionary (.index/.dict.dz) to take meanings from.")
@click.option("--gloss-lang", default=None, help="Language of the meanings. [default: en]")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@debug_option
@handle_errors
def vocab(article: str, as_json: bool, **given: Any) -> None:
    """Show the words quizgen would choose from ARTICLE, as a table.

    Example: quizgen vocab seeds/de_russland_nordkorea_gipfel.txt --level B2
    """
    from .analysis.analyze import analyze
    from .build import chosen_vocabulary
    from .ingest import read_article
    from .vocab.coverage import text_coverage
    from .vocab.gloss import sources_for
    from .vocab.known import with_learner_known
    from .vocab.report import vocabulary_table

    options = make_options(**given)
    analysis = analyze(read_article(article, options.max_input_mb), options.lang, options.spacy_model)
    options = with_learner_known(options, analysis)
    items = chosen_vocabulary(analysis, options)
    click.echo(sources_for(analysis.language, options).describe(), err=True)
    found = text_coverage(analysis, options)
    click.echo(f"coverage: {found.describe()}", err=True)
    if found.warning():
        click.echo(f"warning: {found.warning()}", err=True)
    if as_json:
        from dataclasses import asdict

        click.echo(json.dumps([asdict(i) for i in items], ensure_ascii=False, indent=2))
    else:
        click.echo(vocabulary_table(analysis, items))


@main.command(name="analyze")
@click.argument("article")
@analysis_options
@click.option("--format", "fmt", type=click.Choice(["conllu", "json"]), default="conllu",
              show_default=True, help="Output format.")
@debug_option
@handle_errors
def analyze_command(article: str, fmt: str, lang: str, spacy_model: str | None,
                    max_input_mb: float) -> None:
    """Print the analysis of ARTICLE: sentences and tokens with lemma, POS and names.

    Example: quizgen analyze seeds/de_russland_nordkorea_gipfel.txt --format conllu
    """
    from .analysis.analyze import analyze
    from .export.conllu import analysis_to_conllu, analysis_to_dict
    from .ingest import read_article

    analysis = analyze(read_article(article, max_input_mb), lang, spacy_model)
    if fmt == "conllu":
        click.echo(analysis_to_conllu(analysis), nl=False)
    else:
        click.echo(json.dumps(analysis_to_dict(analysis), ensure_ascii=False, indent=2))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback is reachable from other machines.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a browser.")
@click.option("--templates", type=click.Path(file_okay=False, exists=True), default=None,
              help="Folder of templates that replace the defaults, for every build.")
@click.option("--max-input-mb", type=float, default=OPTION_DEFAULTS["max_input_mb"], show_default=True,
              help="Refuse uploads and texts larger than this many megabytes.")
@debug_option
@handle_errors
def serve(host: str, port: int, open_browser: bool, templates: str | None,
          max_input_mb: float) -> None:
    """Start the web page for teachers: paste a text, adjust the words and questions, download.

    Example: quizgen serve --open
    """
    from .errors import DependencyError, UsageError

    try:
        from .web import Settings
        from .web import serve as run_server
    except ImportError as exc:
        raise DependencyError(f"quizgen serve needs the web extra ({exc.name} is missing): "
                              "pip install 'quizgen[web]'") from exc

    if max_input_mb <= 0:
        raise UsageError(f"--max-input-mb must be positive, not {max_input_mb!r}")
    folder = os.path.abspath(templates) if templates else None
    run_server(host, port, open_browser, Settings(templates=folder, max_input_mb=max_input_mb))


@main.group()
def templates() -> None:
    """Work with the worksheet and Anki card templates."""


@templates.command(name="export")
@click.argument("folder", type=click.Path(file_okay=False))
@debug_option
@handle_errors
def templates_export(folder: str) -> None:
    """Copy the default templates into FOLDER for editing; use them with --templates FOLDER.

    Example: quizgen templates export my-templates
    """
    from .export.templating import export_templates

    for path in export_templates(folder):
        click.echo(f"copied {path}")


@main.group()
def known() -> None:
    """Work with the words a learner knows."""


@known.command(name="export")
@click.option("--anki-collection", type=click.Path(dir_okay=False), required=True,
              help="The learner's Anki collection (collection.anki2, .colpkg or .apkg).")
@click.option("--anki-decks", default=None,
              help='Comma-separated deck names or patterns ("Deutsch*"). [default: every deck]')
@click.option("--known-interval", type=int, default=21, show_default=True,
              help="Days of review interval at which a card's words count as known.")
@click.option("--lang", default="auto", show_default=True, help="Language of the words, or auto.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write the list to this file. [default: standard output]")
@debug_option
@handle_errors
def known_export(anki_collection: str, anki_decks: str | None, known_interval: int, lang: str,
                 output: str | None) -> None:
    """Write the words the learner knows by their Anki collection, one lemma a line, as
    --known-words reads them.

    Example: quizgen known export --anki-collection collection.anki2 --anki-decks "Deutsch*" -o known.txt
    """
    from .runtime.atomic import write_atomic
    from .vocab.collection_words import known_words_file

    decks = comma_list(anki_decks, lower=False) if anki_decks else ()
    Options(known_interval=known_interval)  # the same checks as a build's
    _lang, listing = known_words_file(anki_collection, decks, known_interval, lang)
    if output:
        write_atomic(Path(output), listing)
        click.echo(f"wrote {output} ({listing.count(chr(10)) - 1} words)", err=True)
    else:
        click.echo(listing, nl=False)
