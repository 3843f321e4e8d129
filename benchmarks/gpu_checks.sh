#!/usr/bin/env bash
# Every GPU check in one go, for a lent GPU machine whose python3 has torch + triton (the device
# tool runs it from the repo root; wheels for the few missing pure-Python deps travel in .whl/):
#
#   OUT=/tmp/gpu bash benchmarks/gpu_checks.sh [--sweep]
#
# 1. tests/test_gpu.py: the compiled Triton kernel and the torch MinHash path vs their references
# 2. bench_lm_loss.py: fused NLL vs eager vs torch.compile at N=8192, d=4096, V=128256 bf16
# 3. --sweep: the kernel's tile / group / pipeline configurations at N=8192 and N=2048
# 4. bench_minhash.py's throughput run: GPU permutations vs the CPU (numba) kernel, same signatures
# SKIP_MINHASH=1 leaves out step 4. Logs and results land in $OUT; each step has its own time limit so one hang costs one step.
set -u
export PYTHONUNBUFFERED=1 TRITON_INTERPRET=0 ASSAY_NO_PROGRESS=1
OUT=${OUT:-/tmp/gpu_checks}
mkdir -p "$OUT"
if [ -d .whl ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl \
    || { echo "wheel install failed"; exit 1; }
  export PYTHONPATH=/tmp/site:$PWD
else
  export PYTHONPATH=$PWD
fi
nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv | tee "$OUT/gpu.txt"
python3 -c "import torch, triton; print('torch', torch.__version__, 'triton', triton.__version__)" | tee -a "$OUT/gpu.txt"

echo "== 1. GPU tests"
timeout 120 python3 -m pytest -q --noconftest -p no:cacheprovider tests/test_gpu.py 2>&1 | tee "$OUT/test_gpu.log" | tail -25

echo "== 2. fused NLL vs eager vs torch.compile"
timeout 150 python3 benchmarks/bench_lm_loss.py --docs 0 --out "$OUT/lm_loss.md" > "$OUT/bench_lm_loss.log" 2>&1
tail -15 "$OUT/bench_lm_loss.log"

if [ "${1:-}" = "--sweep" ]; then
  echo "== 3. kernel configuration sweep"
  timeout 200 python3 benchmarks/bench_lm_loss.py --sweep "$OUT/sweep.json" > "$OUT/sweep.log" 2>&1
  grep -E "BEST|failed" "$OUT/sweep.log"
fi

if [ -z "${SKIP_MINHASH:-}" ]; then
echo "== 4. MinHash permutations: GPU vs CPU kernel"
timeout 80 python3 -c "
import sys; sys.argv = ['x']
sys.path.insert(0, 'benchmarks')
import bench_minhash as b
b.bench_throughput(b.Corpus(), 200000, 2000)
" 2>&1 | tee "$OUT/minhash.log" | tail -8
fi
echo "== done"
