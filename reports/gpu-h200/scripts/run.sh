#!/usr/bin/env bash
# Device run for issue 11: GPU figures of the released network (one call).
export PYTHONUNBUFFERED=1
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .gpu/whl/*.whl
export PYTHONPATH=/tmp/site:$PWD
{ nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv; nproc;
  python3 -c "import torch,transformers,tokenizers,sys;print(sys.version.split()[0],torch.__version__,transformers.__version__,tokenizers.__version__)"; } 2>&1 | tee $OUT/env.txt
python3 .gpu/prepare.py 2>&1 | tee -a $OUT/env.txt
echo "== pytest -m cuda"; timeout 100 python3 -m pytest -q -m cuda tests/classify/test_device.py -p no:cacheprovider 2>&1 | tail -6 | tee $OUT/pytest.txt
echo "== throughput fp16"; timeout 130 python3 benchmarks/throughput.py --device cuda --model /tmp/model-gpu --split train --threads 4 2>&1 | grep -v Warning | tee $OUT/throughput_fp16.txt
echo "== throughput bf16"; timeout 80 python3 benchmarks/throughput.py --device cuda --precision bf16 --model /tmp/model-gpu --split train --threads 4 2>&1 | grep -v Warning | tee $OUT/throughput_bf16.txt
echo "== agree"; timeout 60 python3 .gpu/agree.py cuda 2>&1 | tail -3 | tee $OUT/agree.txt
echo "== scale"; timeout 170 python3 benchmarks/scale.py --n 10000 --sizes 1000 10000 --engines local --model /tmp/model-gpu 2>&1 | tail -6 | tee $OUT/scale.txt
echo done
