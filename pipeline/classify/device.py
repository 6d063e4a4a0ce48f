"""Which torch device a run uses, the precision inference runs in there, and how batches are sized.

`resolve_device("auto")` picks CUDA, then Apple's MPS, then the CPU; naming a device that is not
there is a `DeviceError` that says what torch sees. Inference on CUDA runs under fp16 autocast
(bf16 on request) with batches sized by tokens; on the CPU it stays float32 with batches of a fixed
number of statements, unless the model was released for bf16 (`model.cpu_precision`) and the CPU
computes bf16 natively. Not here: moving the network or the batches
(`pipeline.classify.model`), building the batches (`pipeline.classify.batching`).
"""
from __future__ import annotations

from contextlib import nullcontext

import torch

DEVICES = ("auto", "cpu", "cuda", "mps")
PRECISIONS = ("auto", "fp32", "fp16", "bf16")
_DTYPES = {"fp16": torch.float16, "bf16": torch.bfloat16}
CUDA_MAX_TOKENS = 131072
"""Tokens (rows x padded length) per forward pass on CUDA when the caller gives no budget (measured on an
H200: 131,072-token batches ran the forward pass 2.3x faster than 32,768-token ones, 1.6 GiB of GPU memory)."""


class DeviceError(ValueError):
    """A device or precision that is unknown or not available here; says which ones are."""


def _mps_available() -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend is not None and backend.is_available())


def resolve_device(name: str | torch.device | None = "auto") -> torch.device:
    """The torch device for `auto`, `cpu`, `cuda`, `cuda:N` or `mps`.

    >>> resolve_device("cpu")
    device(type='cpu')
    """
    if isinstance(name, torch.device):
        return name
    name = (name or "auto").strip().lower()
    kind = name.split(":", 1)[0]
    if kind not in DEVICES or (":" in name and kind != "cuda"):
        raise DeviceError(f"device {name!r} is not one of {list(DEVICES)} (or cuda:N for one GPU)")
    if kind == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if _mps_available():
            return torch.device("mps")
        return torch.device("cpu")
    if kind == "cuda" and not torch.cuda.is_available():
        raise DeviceError(f"device {name!r}: torch {torch.__version__} sees no CUDA GPU (built for CUDA "
                          f"{torch.version.cuda or 'none: a CPU-only build'}); use --device cpu or auto")
    if kind == "cuda" and ":" in name:
        index = name.split(":", 1)[1]
        if not index.isdigit() or int(index) >= torch.cuda.device_count():
            raise DeviceError(f"device {name!r}: torch sees {torch.cuda.device_count()} GPU(s), cuda:0 to "
                              f"cuda:{torch.cuda.device_count() - 1}")
    if kind == "mps" and not _mps_available():
        raise DeviceError(f"device {name!r}: MPS is not available in this torch build or on this machine; "
                          "use --device cpu or auto")
    return torch.device(name)


def cpu_has_native_bf16() -> bool:
    """Whether this CPU computes bfloat16 in hardware (AMX or AVX-512 BF16), where bf16 autocast is ~2.7x faster."""
    try:
        return bool(torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # a torch build without the oneDNN probe
        return False


def autocast_dtype(device: torch.device, precision: str = "auto", cpu_auto: str = "fp32") -> torch.dtype | None:
    """The autocast dtype for inference on `device`, or None for plain float32.

    `auto` is fp16 on CUDA; on a CPU it is `cpu_auto` (a model's `model.cpu_precision`): bf16 where the CPU
    computes bf16 natively, float32 otherwise and elsewhere. `fp16`/`bf16` force autocast (bf16 also works
    on the CPU, which lets the tests run the GPU code path); `fp32` turns it off.
    """
    if precision not in PRECISIONS:
        raise DeviceError(f"precision {precision!r} is not one of {list(PRECISIONS)}")
    if precision == "auto" and device.type == "cpu" and cpu_auto == "bf16" and cpu_has_native_bf16():
        return torch.bfloat16
    if precision == "fp32" or (precision == "auto" and device.type != "cuda"):
        return None
    if precision == "auto":
        return torch.float16
    if precision == "bf16" and device.type == "cuda" and not torch.cuda.is_bf16_supported():
        raise DeviceError(f"precision bf16: {torch.cuda.get_device_name(device)} has no bf16 support; use fp16")
    return _DTYPES[precision]


def precision_name(dtype: torch.dtype | None) -> str:
    """The short name of an inference autocast dtype as `autocast_dtype` returns it: fp32 (None), fp16 or bf16."""
    return {torch.float16: "fp16", torch.bfloat16: "bf16"}.get(dtype, "fp32")


def default_max_tokens(device: torch.device) -> int:
    """Token budget per batch: CUDA_MAX_TOKENS on CUDA, 0 (= fixed `batch_size` statements) elsewhere."""
    return CUDA_MAX_TOKENS if device.type == "cuda" else 0


def attention_kernels(device: torch.device):
    """The attention kernels inference may use on `device` (a context manager).

    On CUDA, cuDNN's fused attention builds a plan for every new input shape, and token-budget batches
    rarely repeat a shape: on an H200 that planning took ~90 % of the forward pass. Inference there uses
    the flash, memory-efficient and plain kernels instead; elsewhere nothing changes.
    """
    if device.type != "cuda":
        return nullcontext()
    from torch.nn.attention import SDPBackend, sdpa_kernel

    return sdpa_kernel([SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH])
