"""Device run only: rebuild a base folder from the carried embedding table (fp16 for the transfer
limit) and the released model's layers, and a copy of the released model that points at it."""
import hashlib, json, shutil
from pathlib import Path
from safetensors.torch import load_file, save_file

base = Path("/tmp/base"); base.mkdir(exist_ok=True)
state = {k: (v.float() if v.is_floating_point() else v) for k, v in load_file(".gpu/base/embeddings.safetensors").items()}
for k, v in load_file("models/stance-minilm/model.safetensors").items():
    if k.startswith("encoder.encoder."):
        state[k[len("encoder."):]] = v.float()
save_file(state, str(base / "model.safetensors"))
for f in Path(".gpu/base").iterdir():
    if f.name != "embeddings.safetensors":
        shutil.copy(f, base / f.name)
sha = hashlib.sha256((base / "model.safetensors").read_bytes()).hexdigest()
shutil.rmtree("/tmp/model-gpu", ignore_errors=True)
shutil.copytree("models/stance-minilm", "/tmp/model-gpu")
cfg_path = Path("/tmp/model-gpu/stance_config.json")
cfg = json.loads(cfg_path.read_text())
cfg["model"]["base"] = str(base)
cfg["base_sha256"] = sha
cfg_path.write_text(json.dumps(cfg, indent=2))
print("derived base", sha)
