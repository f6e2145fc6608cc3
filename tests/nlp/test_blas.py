"""storyline.nlp.model computes with numpy's BLAS, one thread per process, and parses exactly
as the pipeline does with blis, thinc's default."""

from __future__ import annotations

import functools

from storyline.nlp import nlp
from storyline.nlp.model import BLAS_THREADS, OPS, load, one_blas_thread
from tests.nlp.dev_texts import ecb_texts, realnews_texts

ATTRS = ["TAG", "POS", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START"]

OWN_TEXTS = [
    # written for this test: names, offices, dates and places, as news gives them
    "Foreign Minister Luis Ramos met his Bolivian counterpart in Lima on Tuesday, and the "
    "two signed an accord on border patrols.",
    "Troops from Chile and Peru held a joint drill near Tacna. A spokesman said on Friday "
    "that 300 soldiers took part, and that talks would resume in Arica next month.",
    "The council voted 12-3 to extend the mission; the envoy, Maria Lopez, called the vote "
    "'a turning point'.\n\nShe left for Yura the next day.",
]


@functools.lru_cache(maxsize=1)
def _on_blis():  # type: ignore[no-untyped-def]
    """storyline's pipeline with every layer back on thinc's default backend (blis)."""
    from thinc.api import NumpyOps

    pipeline = load()
    for _, component in pipeline.pipeline:
        model = getattr(component, "model", None)
        for layer in model.walk() if model is not None else ():
            layer.ops = NumpyOps(use_blis=True)
    return pipeline


def _same(texts: list[str]) -> None:
    ours = nlp()
    for a, b in zip(_on_blis().pipe(texts), ours.pipe(texts), strict=True):
        assert [t.text for t in a] == [t.text for t in b], a.text[:80]
        assert (a.to_array(ATTRS) == b.to_array(ATTRS)).all(), a.text[:80]


def test_blas_the_pipeline_s_layers_compute_with_numpy_s_blas() -> None:
    from thinc.api import NumpyOps

    for name in ("tok2vec", "tagger"):
        layers = list(nlp().get_pipe(name).model.walk())  # type: ignore[attr-defined]
        assert layers
        for layer in layers:
            assert isinstance(layer.ops, NumpyOps), (name, layer.name)
            assert layer.ops.name == OPS
            assert not layer.ops.use_blis, (name, layer.name)


def test_blas_numpy_s_blas_keeps_to_one_thread() -> None:
    from threadpoolctl import threadpool_info

    nlp()
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas, "numpy's BLAS is not loaded"
    assert {pool["num_threads"] for pool in blas} == {BLAS_THREADS}


def test_blas_one_thread_is_kept_when_asked_again() -> None:
    from threadpoolctl import threadpool_info

    one_blas_thread()
    one_blas_thread()
    assert {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"} == {1}


def test_blas_own_texts_parse_as_with_blis() -> None:
    _same(OWN_TEXTS)


def test_blas_real_news_parses_as_with_blis() -> None:
    _same(realnews_texts())


def test_blas_ecb_texts_parse_as_with_blis() -> None:
    _same(ecb_texts()[::4])
