"""Temperature scaling and ECE: calibration lowers the error of an over-confident model."""
import numpy as np
import pytest

from pipeline.classify.calibration import fit_temperature, nll, scale
from pipeline.evaluate.calibration import expected_calibration_error, plot_reliability, reliability


def overconfident(n=3000, seed=0):
    """A synthetic model that is right 70% of the time but always says ~0.97."""
    rng = np.random.default_rng(seed)
    gold = rng.integers(0, 3, n)
    pred = np.where(rng.random(n) < 0.7, gold, (gold + rng.integers(1, 3, n)) % 3)
    logits = rng.normal(0, 0.3, (n, 3))
    logits[np.arange(n), pred] += 4.0
    probs = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    return probs, gold


def test_temperature_scaling_lowers_ece_of_an_overconfident_model():
    probs, gold = overconfident()
    temp = fit_temperature(probs, gold)
    assert temp > 1.5
    before = expected_calibration_error(probs, gold)
    after = expected_calibration_error(scale(probs, temp), gold)
    assert before > 0.2
    assert after < 0.05
    assert nll(scale(probs, temp), gold) < nll(probs, gold)


def test_scaling_never_changes_the_predicted_label():
    probs, _ = overconfident(200)
    for temp in (0.3, 1.0, 4.0):
        assert (scale(probs, temp).argmax(1) == probs.argmax(1)).all()
        assert np.allclose(scale(probs, temp).sum(1), 1.0)


def test_temperature_one_is_the_identity():
    probs, _ = overconfident(50)
    assert np.allclose(scale(probs, 1.0), probs, atol=1e-6)


def test_ece_is_zero_for_a_perfectly_calibrated_bin_and_counts_every_example():
    probs = np.array([[0.5, 0.25, 0.25]] * 4)
    gold = np.array([0, 0, 1, 2])
    assert expected_calibration_error(probs, gold) == pytest.approx(0.0)
    assert sum(b["n"] for b in reliability(probs, gold)) == 4
    assert len(reliability(probs, gold, bins=15)) == 15


def test_fit_temperature_names_a_shape_mismatch():
    with pytest.raises(ValueError, match="3 rows of probabilities for 2 gold labels"):
        fit_temperature(np.full((3, 3), 1 / 3), np.array([0, 1]))


def test_reliability_diagram_is_written(tmp_path):
    probs, gold = overconfident(300)
    path = plot_reliability({"before": (probs, gold), "after": (scale(probs, 3.0), gold)}, tmp_path / "r.png", "t")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_sampling_floor_shrinks_with_more_statements_and_is_reproducible():
    from pipeline.evaluate.calibration import sampling_floor

    rng = np.random.default_rng(1)
    probs = rng.dirichlet([2.0, 1.0, 1.0], size=4000)
    small, large = sampling_floor(probs[:200]), sampling_floor(probs)
    assert small == sampling_floor(probs[:200])                  # fixed seed: the same figure every run
    assert 0.0 < large["mean"] < small["mean"] <= small["p95"]
    assert large["mean"] < 0.02 < small["mean"]                  # 4,000 rows: tight; 200 rows: several points
    assert sampling_floor(np.zeros((0, 3)))["draws"] == 0
