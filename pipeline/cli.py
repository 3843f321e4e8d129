"""The `assay` command: one sub-command per stage plus `run`, `report`, `stages`.

Stage options are generated from each stage's pydantic Params, so `assay <stage> --help`
always documents every parameter with its default.
"""
from __future__ import annotations

import inspect
import json
import os
import sys
import typing
from pathlib import Path

import click

from . import __version__
from .errors import AssayError, unwrap
from .stage import STAGES

COMMON_HELP = """INPUT is a Parquet file, a directory of shards or a glob with columns `id` and `text`
(optional `label`). OUTPUT gets kept/part-*.parquet, rejected/part-*.parquet (with
`reject_reason`) and manifest.json. Runs on Ray: a local embedded head by default,
a cluster with RAY_ADDRESS or --address."""


def _click_type(annotation):
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if origin is typing.Union and len(args) == 1:
        return _click_type(args[0])
    if origin is typing.Literal:
        return click.Choice([str(a) for a in typing.get_args(annotation)]), False
    if origin in (list, tuple):
        inner, _ = _click_type(args[0]) if args else (click.STRING, False)
        return inner, True
    if annotation in (int, float, str, bool):
        return {int: click.INT, float: click.FLOAT, str: click.STRING, bool: click.BOOL}[annotation], False
    return click.STRING, False  # dicts and the like: JSON text


def params_to_options(params_cls) -> list[click.Option]:
    opts = []
    for name, field in params_cls.model_fields.items():
        flag = "--" + name.replace("_", "-")
        desc = field.description or ""
        default = field.get_default(call_default_factory=True)
        if default is not None and type(default).__name__ == "PydanticUndefinedType":
            default = None  # a required field: no default to show
        ann = field.annotation
        ctype, multiple = _click_type(ann)
        if ann is bool:
            opts.append(click.Option([f"{flag}/--no-{name.replace('_', '-')}", name], default=default,
                                     show_default=True, help=desc))
        elif multiple:
            opts.append(click.Option([flag, name], type=ctype, multiple=True, default=default or (),
                                     show_default=bool(default), help=desc + " (repeatable, or comma-separated)"))
        else:
            opts.append(click.Option([flag, name], type=ctype, default=default, show_default=default is not None,
                                     help=desc))
    return opts


def common_options(f):
    for opt in reversed([
        click.option("--id-col", default="id", show_default=True, help="Input column holding unique document ids."),
        click.option("--text-col", default="text", show_default=True, help="Input column holding the document text."),
        click.option("--label-col", default="label", show_default=True, help="Input column holding labels (if any)."),
        click.option("--seed", default=0, show_default=True, type=int, help="Seed for every random choice (same seed, same output)."),
        click.option("--max-doc-bytes", default=16 * 1024 * 1024, show_default=True, type=int,
                     help="Documents larger than this are rejected as text_too_large."),
        click.option("--address", default=None, help="Ray cluster address (default: RAY_ADDRESS, else a local embedded head)."),
        click.option("--force", is_flag=True, help="Redo the stage even if OUTPUT holds a finished run with the same parameters."),
    ]):
        f = opt(f)
    return f


def _clean_params(params_cls, raw: dict) -> dict:
    out = {}
    for name, value in raw.items():
        field = params_cls.model_fields[name]
        _, multiple = _click_type(field.annotation)
        if multiple:
            value = [v.strip() for item in value for v in str(item).split(",") if v.strip()] or field.default
        elif isinstance(value, str) and typing.get_origin(field.annotation) is dict:
            value = json.loads(value)
        if value is None and field.default is None:
            continue
        out[name] = value
    return out


def stage_command(name: str) -> click.Command:
    from .stage import get_stage_class

    cls = get_stage_class(name)
    custom = getattr(cls, "cli_command", None)
    if custom is not None:
        return custom()

    def callback(input, output, id_col, text_col, label_col, seed, max_doc_bytes, address, force, **raw):
        from .runner import run_stage
        from .schema import ColumnMap

        stage = cls(_clean_params(cls.Params, raw))
        run_stage(stage, input, output, columns=ColumnMap(id_col, text_col, label_col), seed=seed,
                  max_doc_bytes=max_doc_bytes, resume=not force, address=address)
        click.echo(f"outputs: {output}/kept, {output}/rejected, {output}/manifest.json")

    cmd = click.Command(
        name, callback=callback, help=f"{cls.help}\n\n{inspect.cleandoc(cls.__doc__ or '')}\n\n{COMMON_HELP}".strip(),
        short_help=cls.help,
        params=[click.Argument(["input"]), click.Argument(["output"])] + params_to_options(cls.Params))
    return common_options(cmd)


class AssayGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(STAGES))

    def get_command(self, ctx, name):
        cmd = super().get_command(ctx, name)
        if cmd is not None or name not in STAGES:
            return cmd
        try:
            return stage_command(name)
        except AssayError as e:
            reason = str(e)

            def unavailable(**_):
                raise AssayError(reason)

            return click.Command(name, callback=unavailable, help=reason, short_help="(unavailable) " + reason,
                                 context_settings={"ignore_unknown_options": True, "allow_extra_args": True})


@click.group(cls=AssayGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="assay")
def cli():
    """assay: curate ML training corpora (dedup, decontamination, label errors, pruning,
    LM scoring, PreSelect, ProX, capability-aware selection) on Ray.

    Every stage reads Parquet shards and writes kept/ and rejected/ Parquet with a
    reason for each rejected row. `assay run JOB.yaml` runs a whole pipeline.
    """


@cli.command("run")
@click.argument("job", type=click.Path(dir_okay=False))
@click.option("--output", "-o", default=None, help="Run directory (default: the job's `output`, else runs/<name>).")
@click.option("--address", default=None, help="Ray cluster address (default: RAY_ADDRESS, else a local head).")
@click.option("--no-resume", is_flag=True, help="Redo every stage, even finished ones.")
def run_cmd(job, output, address, no_resume):
    """Run the stages of a YAML job file in order (see jobs/quickstart.yaml).

    Each stage writes DIR/NN-<stage>/ and reads the previous stage's kept/; the final rows
    land in DIR/curated/. Re-running resumes: finished stages (same parameters and input)
    are skipped, an unfinished one is redone from scratch.
    """
    from .job import run_job

    m = run_job(job, output, resume=not no_resume, address=address)
    click.echo(f"curated: {m['output']}/curated  ({m['curated_rows']} of {m['input_rows']} rows)")
    click.echo(f"manifest: {m['output']}/manifest.json")
    if m.get("report"):
        click.echo(f"report: {m['report']}")


@cli.command("report")
@click.argument("run_dir", type=click.Path(file_okay=False, exists=True))
def report_cmd(run_dir):
    """(Re)write RUN_DIR/report.html with plots from a finished `assay run`."""
    from .report import write_report

    click.echo(f"report: {write_report(Path(run_dir))}")


@cli.command("stages")
def stages_cmd():
    """List the stages and whether they are available in this install."""
    from .stage import get_stage_class

    for name in STAGES:
        try:
            click.echo(f"{name:14s} {get_stage_class(name).help}")
        except AssayError as e:
            click.echo(f"{name:14s} (unavailable: {e})")


def main(argv=None) -> int:
    try:
        cli.main(args=argv, prog_name="assay", standalone_mode=False)
        return 0
    except click.exceptions.Abort:
        click.echo("assay: aborted", err=True)
        return 130
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except click.exceptions.Exit as e:
        return e.exit_code
    except KeyboardInterrupt:
        click.echo("assay: interrupted (finished stages are kept; re-run to resume)", err=True)
        return 130
    except Exception as e:  # one line for the user; ASSAY_DEBUG=1 shows the traceback
        if os.environ.get("ASSAY_DEBUG"):
            raise
        err = unwrap(e)
        if isinstance(err, AssayError):
            msg = str(err)
        else:
            first = (str(err).strip().splitlines() or [""])[0]
            msg = f"{type(err).__name__}: {first} (set ASSAY_DEBUG=1 for the traceback)"
        click.echo(f"assay: error: {msg}", err=True)
        return 2


def entrypoint():
    sys.exit(main())


if __name__ == "__main__":
    entrypoint()
