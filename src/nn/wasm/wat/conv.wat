;; The convolutional layer (stride 1, 'valid'), as src/nn/conv/conv-layer.ts computes it.
;; Per example, row-major: input [c][h][h]; weights [k][c][kh][kh] (convForward reads a copy arranged
;; for it, see there); output and deltas [k][oh][oh], oh = h - kh + 1; kh is 3 or 5 (the sizes
;; wasm-conv-engine.ts allows). Example b's values start at b * stride bytes (inStride for the
;; input side, outStride for the output side); the bytes past the values up to the stride are
;; padding, kept 0. The loops run over output columns in f32x4 vectors; a row's partial last
;; vector reads past the row (into the next one, or the 64 bytes of slack after every buffer, see
;; wasm-conv-layout.ts), and its extra lanes are never stored or are multiplied by 0.

;; Stores the first n lanes of v at p (n from 1 to 4, or more: all 4): a row's partial last vector.
(func $storeLanes (param $p i32) (param $v v128) (param $n i32)
  (if (i32.ge_s (local.get $n) (i32.const 4)) (then (v128.store (local.get $p) (local.get $v)) (return)))
  (v128.store32_lane 0 (local.get $p) (local.get $v))
  (if (i32.ge_s (local.get $n) (i32.const 2)) (then (v128.store32_lane offset=4 1 (local.get $p) (local.get $v))))
  (if (i32.ge_s (local.get $n) (i32.const 3)) (then (v128.store32_lane offset=8 2 (local.get $p) (local.get $v)))))

;; Z = f(W * A + bias) for `count` examples; act as $activate (0 sigmoid, 1 tanh, 2 ReLU, 3 none).
;; W holds the kernels arranged for this loop (wasm-conv-passes.ts): [c][kh][kh][k4], k4 = k rounded
;; up to 4, so that the weights of 4 maps at one tap lie side by side (the padding maps' are 0 and
;; their outputs are not stored). Blocks of 4 maps x 8 outputs of a row ($convBlock): each tap loads
;; two input vectors and 4 weights for 8 multiply-adds into 8 independent sums, where one map at a
;; time did 2 multiply-adds per weight and had too few sums to hide their latency.
(func $convForward (export "convForward") (param $W i32) (param $bias i32) (param $A i32) (param $Z i32) (param $count i32)
  (param $c i32) (param $h i32) (param $k i32) (param $kh i32) (param $inStride i32) (param $outStride i32) (param $act i32)
  (local $oh i32) (local $rowBytes i32) (local $plane i32) (local $tapBytes i32) (local $mapBytes i32)
  (local $b i32) (local $mb i32) (local $y i32) (local $x i32)
  (local $aRow i32) (local $w i32) (local $z i32)
  (local.set $oh (i32.add (i32.sub (local.get $h) (local.get $kh)) (i32.const 1)))
  (local.set $rowBytes (i32.shl (local.get $h) (i32.const 2)))
  (local.set $plane (i32.mul (local.get $rowBytes) (local.get $h)))
  (local.set $tapBytes (i32.shl (i32.and (i32.add (local.get $k) (i32.const 3)) (i32.const -4)) (i32.const 2)))
  (local.set $mapBytes (i32.shl (i32.mul (local.get $oh) (local.get $oh)) (i32.const 2)))
  (loop $examples
    (local.set $mb (i32.const 0))
    (loop $blocks
      (local.set $y (i32.const 0))
      (loop $rows
        (local.set $aRow (i32.add (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride))) (i32.mul (local.get $y) (local.get $rowBytes))))
        (local.set $w (i32.add (local.get $W) (i32.shl (local.get $mb) (i32.const 2))))
        (local.set $z (i32.add (i32.add (local.get $Z) (i32.mul (local.get $b) (local.get $outStride)))
          (i32.add (i32.mul (local.get $mb) (local.get $mapBytes)) (i32.shl (i32.mul (local.get $y) (local.get $oh)) (i32.const 2)))))
        (local.set $x (i32.const 0))
        (loop $cols
          (call $convBlock (local.get $w) (i32.add (local.get $aRow) (i32.shl (local.get $x) (i32.const 2)))
            (i32.add (local.get $z) (i32.shl (local.get $x) (i32.const 2))) (i32.add (local.get $bias) (i32.shl (local.get $mb) (i32.const 2)))
            (local.get $c) (local.get $kh) (local.get $rowBytes) (local.get $plane) (local.get $tapBytes) (local.get $mapBytes)
            (i32.sub (local.get $k) (local.get $mb)) (i32.sub (local.get $oh) (local.get $x)) (local.get $act))
          (br_if $cols (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 8))) (local.get $oh))))
        (br_if $rows (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
      (br_if $blocks (i32.lt_u (local.tee $mb (i32.add (local.get $mb) (i32.const 4))) (local.get $k))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))

;; Deltas of the layer below, Dprev = dC/dA, from this conv layer's deltas D, for `count` examples:
;; dA(ch, y + i, x + j) = sum over maps m of W(m, ch, i, j) D(m, y, x). Per example, first the
;; matrix product R = W^T D ($tapProduct: each of the c kh kh taps t = (ch kh + i) kh + j times
;; each of the oh oh positions), then each tap's oh x oh map of R is added into Dprev at its offset
;; (i, j). Every multiply-add is a real one, where the 'full' correlation over deltas padded with
;; kh - 1 zeros spent more than half of them on zeros. W holds each map's kernels as one row,
;; [k][t4] (t4: the taps rounded up to 4, the padding 0); R is one example's scratch, [t4][n8] with
;; n8 = oh oh rounded up to 8, so each thread needs its own (wasm-conv-layout.ts).
(func $convInputGradient (export "convInputGradient") (param $W i32) (param $D i32) (param $Dprev i32) (param $R i32)
  (param $count i32) (param $c i32) (param $h i32) (param $k i32) (param $kh i32) (param $inStride i32) (param $outStride i32)
  (local $oh i32) (local $n8 i32) (local $b i32) (local $ch i32) (local $i i32) (local $j i32) (local $y i32) (local $x i32)
  (local $src i32) (local $tap i32) (local $dst i32) (local $prev i32) (local $rowBytes i32) (local $left i32) (local $tail v128) (local $v v128)
  (local.set $oh (i32.add (i32.sub (local.get $h) (local.get $kh)) (i32.const 1)))
  (local.set $n8 (i32.and (i32.add (i32.mul (local.get $oh) (local.get $oh)) (i32.const 7)) (i32.const -8)))
  (local.set $rowBytes (i32.shl (local.get $h) (i32.const 2)))
  ;; The lanes of a row's partial last vector (all 4 when oh is a multiple of 4).
  (local.set $tail (call $lanesBelow (i32.const 0) (select (i32.const 4) (i32.and (local.get $oh) (i32.const 3))
    (i32.eqz (i32.and (local.get $oh) (i32.const 3))))))
  (loop $examples
    (call $tapProduct (local.get $W) (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride))) (local.get $R)
      (local.get $k) (i32.mul (local.get $oh) (local.get $oh)) (i32.and (i32.add (i32.mul (local.get $c) (i32.mul (local.get $kh) (local.get $kh))) (i32.const 3)) (i32.const -4)))
    (local.set $prev (i32.add (local.get $Dprev) (i32.mul (local.get $b) (local.get $inStride))))
    (call $zero (local.get $prev) (local.get $inStride))
    ;; Tap t's map is row t of R, in the order (ch, i, j).
    (local.set $tap (local.get $R))
    (local.set $ch (i32.const 0))
    (loop $channels
      (local.set $i (i32.const 0))
      (loop $kernelRows
        (local.set $j (i32.const 0))
        (loop $kernelCols
          (local.set $src (local.get $tap))
          (local.set $dst (i32.add (local.get $prev)
            (i32.shl (i32.add (i32.mul (i32.add (i32.mul (local.get $ch) (local.get $h)) (local.get $i)) (local.get $h)) (local.get $j)) (i32.const 2))))
          (local.set $y (i32.const 0))
          (loop $rows
            (local.set $x (i32.const 0))
            (loop $cols
              (local.set $left (i32.sub (local.get $oh) (local.get $x)))
              (local.set $v (v128.load (local.get $src)))
              (if (i32.ge_s (local.get $left) (i32.const 4))
                (then (v128.store (local.get $dst) (f32x4.add (v128.load (local.get $dst)) (local.get $v))))
                ;; A row's last 1 to 3 values: only those lanes are written (the next ones may be another example's, another thread's).
                (else (call $storeLanes (local.get $dst) (f32x4.add (v128.load (local.get $dst)) (v128.and (local.get $v) (local.get $tail))) (local.get $left))))
              (local.set $src (i32.add (local.get $src) (i32.shl (select (i32.const 4) (local.get $left) (i32.ge_s (local.get $left) (i32.const 4))) (i32.const 2))))
              (local.set $dst (i32.add (local.get $dst) (i32.const 16)))
              (br_if $cols (i32.lt_s (local.tee $x (i32.add (local.get $x) (i32.const 4))) (local.get $oh))))
            ;; dst moved by whole vectors; back to the row's start, then down one row.
            (local.set $dst (i32.add (i32.sub (local.get $dst) (i32.shl (local.get $x) (i32.const 2))) (local.get $rowBytes)))
            (br_if $rows (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
          (local.set $tap (i32.add (local.get $tap) (i32.shl (local.get $n8) (i32.const 2))))
          (br_if $kernelCols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $kh))))
        (br_if $kernelRows (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $kh))))
      (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))

;; R = W^T D for one example: R[t][p] = sum over maps m of W[m][t] D[m][p], t < t4, p < n (the
;; positions of a map, D's maps n floats apart; R's rows n rounded up to 8 floats apart). Blocks of
;; 4 taps x 8 positions: per map two delta vectors and 4 weights (splats) feed 8 independent sums,
;; as in convBlock; a partial last block writes into its rows' padding.
(func $tapProduct (param $W i32) (param $D i32) (param $R i32) (param $k i32) (param $n i32) (param $t4 i32)
  (local $t i32) (local $p i32) (local $m i32) (local $w i32) (local $d i32) (local $r i32) (local $rowBytes i32) (local $tBytes i32) (local $mapBytes i32)
  (local $in0 v128) (local $in1 v128) (local $wv v128)
  (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128) (local $s4 v128) (local $s5 v128) (local $s6 v128) (local $s7 v128)
  (local.set $rowBytes (i32.shl (i32.and (i32.add (local.get $n) (i32.const 7)) (i32.const -8)) (i32.const 2)))
  (local.set $tBytes (i32.shl (local.get $t4) (i32.const 2)))
  (local.set $mapBytes (i32.shl (local.get $n) (i32.const 2)))
  (loop $taps
    (local.set $p (i32.const 0))
    (loop $positions
      (local.set $s0 (vec.i32 0)) (local.set $s1 (vec.i32 0)) (local.set $s2 (vec.i32 0)) (local.set $s3 (vec.i32 0))
      (local.set $s4 (vec.i32 0)) (local.set $s5 (vec.i32 0)) (local.set $s6 (vec.i32 0)) (local.set $s7 (vec.i32 0))
      (local.set $w (i32.add (local.get $W) (i32.shl (local.get $t) (i32.const 2))))
      (local.set $d (i32.add (local.get $D) (i32.shl (local.get $p) (i32.const 2))))
      (local.set $m (i32.const 0))
      (loop $maps
        (local.set $in0 (v128.load (local.get $d)))
        (local.set $in1 (v128.load offset=16 (local.get $d)))
        (local.set $wv (v128.load32_splat (local.get $w)))
        (local.set $s0 (madd (local.get $wv) (local.get $in0) (local.get $s0)))
        (local.set $s1 (madd (local.get $wv) (local.get $in1) (local.get $s1)))
        (local.set $wv (v128.load32_splat offset=4 (local.get $w)))
        (local.set $s2 (madd (local.get $wv) (local.get $in0) (local.get $s2)))
        (local.set $s3 (madd (local.get $wv) (local.get $in1) (local.get $s3)))
        (local.set $wv (v128.load32_splat offset=8 (local.get $w)))
        (local.set $s4 (madd (local.get $wv) (local.get $in0) (local.get $s4)))
        (local.set $s5 (madd (local.get $wv) (local.get $in1) (local.get $s5)))
        (local.set $wv (v128.load32_splat offset=12 (local.get $w)))
        (local.set $s6 (madd (local.get $wv) (local.get $in0) (local.get $s6)))
        (local.set $s7 (madd (local.get $wv) (local.get $in1) (local.get $s7)))
        (local.set $w (i32.add (local.get $w) (local.get $tBytes)))
        (local.set $d (i32.add (local.get $d) (local.get $mapBytes)))
        (br_if $maps (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (local.get $k))))
      (local.set $r (i32.add (i32.add (local.get $R) (i32.mul (local.get $t) (local.get $rowBytes))) (i32.shl (local.get $p) (i32.const 2))))
      (v128.store (local.get $r) (local.get $s0))
      (v128.store offset=16 (local.get $r) (local.get $s1))
      (local.set $r (i32.add (local.get $r) (local.get $rowBytes)))
      (v128.store (local.get $r) (local.get $s2))
      (v128.store offset=16 (local.get $r) (local.get $s3))
      (local.set $r (i32.add (local.get $r) (local.get $rowBytes)))
      (v128.store (local.get $r) (local.get $s4))
      (v128.store offset=16 (local.get $r) (local.get $s5))
      (local.set $r (i32.add (local.get $r) (local.get $rowBytes)))
      (v128.store (local.get $r) (local.get $s6))
      (v128.store offset=16 (local.get $r) (local.get $s7))
      (br_if $positions (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 8))) (local.get $n))))
    (br_if $taps (i32.lt_u (local.tee $t (i32.add (local.get $t) (i32.const 4))) (local.get $t4)))))

;; One block of convForward: up to 4 maps (`maps` of them real) x the next `left` outputs of a row,
;; 8 of them (or 4 where at most 4 are left). w is the arranged weights at the block's first map,
;; a the input at the block's first output, z the first map's output. A partial block reads past
;; the row (into the next one, or the slack after the buffer); its extra lanes are never stored.
(func $convBlock (param $w i32) (param $a i32) (param $z i32) (param $bias i32) (param $c i32) (param $kh i32)
  (param $rowBytes i32) (param $plane i32) (param $tapBytes i32) (param $mapBytes i32) (param $maps i32)
  (param $left i32) (param $act i32)
  (local $ch i32) (local $i i32) (local $j i32) (local $row i32) (local $p i32)
  (local $in0 v128) (local $in1 v128) (local $wv v128) (local $floor v128)
  (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128) (local $s4 v128) (local $s5 v128) (local $s6 v128) (local $s7 v128)
  (if (i32.gt_s (local.get $left) (i32.const 4))
    (then
      (loop $channels
        (local.set $row (local.get $a))
        (local.set $i (i32.const 0))
        (loop $kernelRows
          (local.set $p (local.get $row))
          (local.set $j (i32.const 0))
          (loop $kernelCols
            (local.set $in0 (v128.load (local.get $p)))
            (local.set $in1 (v128.load offset=16 (local.get $p)))
            (local.set $wv (v128.load32_splat (local.get $w)))
            (local.set $s0 (madd (local.get $wv) (local.get $in0) (local.get $s0)))
            (local.set $s1 (madd (local.get $wv) (local.get $in1) (local.get $s1)))
            (local.set $wv (v128.load32_splat offset=4 (local.get $w)))
            (local.set $s2 (madd (local.get $wv) (local.get $in0) (local.get $s2)))
            (local.set $s3 (madd (local.get $wv) (local.get $in1) (local.get $s3)))
            (local.set $wv (v128.load32_splat offset=8 (local.get $w)))
            (local.set $s4 (madd (local.get $wv) (local.get $in0) (local.get $s4)))
            (local.set $s5 (madd (local.get $wv) (local.get $in1) (local.get $s5)))
            (local.set $wv (v128.load32_splat offset=12 (local.get $w)))
            (local.set $s6 (madd (local.get $wv) (local.get $in0) (local.get $s6)))
            (local.set $s7 (madd (local.get $wv) (local.get $in1) (local.get $s7)))
            (local.set $w (i32.add (local.get $w) (local.get $tapBytes)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br_if $kernelCols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $kh))))
          (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
          (br_if $kernelRows (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $kh))))
        (local.set $a (i32.add (local.get $a) (local.get $plane)))
        (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c)))))
    (else
      (loop $channels4
        (local.set $row (local.get $a))
        (local.set $i (i32.const 0))
        (loop $kernelRows4
          (local.set $p (local.get $row))
          (local.set $j (i32.const 0))
          (loop $kernelCols4
            (local.set $in0 (v128.load (local.get $p)))
            (local.set $s0 (madd (v128.load32_splat (local.get $w)) (local.get $in0) (local.get $s0)))
            (local.set $s2 (madd (v128.load32_splat offset=4 (local.get $w)) (local.get $in0) (local.get $s2)))
            (local.set $s4 (madd (v128.load32_splat offset=8 (local.get $w)) (local.get $in0) (local.get $s4)))
            (local.set $s6 (madd (v128.load32_splat offset=12 (local.get $w)) (local.get $in0) (local.get $s6)))
            (local.set $w (i32.add (local.get $w) (local.get $tapBytes)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (br_if $kernelCols4 (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 1))) (local.get $kh))))
          (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
          (br_if $kernelRows4 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $kh))))
        (local.set $a (i32.add (local.get $a) (local.get $plane)))
        (br_if $channels4 (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))))
  ;; The usual block, 4 real maps x 8 outputs with ReLU or no activation, stored here; calls are
  ;; not inlined everywhere (Node 20's V8), and 20 of them cost as much as a first layer's sums.
  ;; pmax(v, floor) is ReLU's max(v, 0) with floor 0, and v itself (NaN too) with floor -inf.
  (if (i32.and (i32.and (i32.ge_s (local.get $left) (i32.const 8)) (i32.ge_s (local.get $maps) (i32.const 4)))
      (i32.ge_s (local.get $act) (i32.const 2)))
    (then
      (local.set $floor (select (vec.f32 0) (vec.f32 -inf) (i32.eq (local.get $act) (i32.const 2))))
      (local.set $wv (v128.load32_splat (local.get $bias)))
      (v128.store (local.get $z) (f32x4.pmax (f32x4.add (local.get $s0) (local.get $wv)) (local.get $floor)))
      (v128.store offset=16 (local.get $z) (f32x4.pmax (f32x4.add (local.get $s1) (local.get $wv)) (local.get $floor)))
      (local.set $z (i32.add (local.get $z) (local.get $mapBytes)))
      (local.set $wv (v128.load32_splat offset=4 (local.get $bias)))
      (v128.store (local.get $z) (f32x4.pmax (f32x4.add (local.get $s2) (local.get $wv)) (local.get $floor)))
      (v128.store offset=16 (local.get $z) (f32x4.pmax (f32x4.add (local.get $s3) (local.get $wv)) (local.get $floor)))
      (local.set $z (i32.add (local.get $z) (local.get $mapBytes)))
      (local.set $wv (v128.load32_splat offset=8 (local.get $bias)))
      (v128.store (local.get $z) (f32x4.pmax (f32x4.add (local.get $s4) (local.get $wv)) (local.get $floor)))
      (v128.store offset=16 (local.get $z) (f32x4.pmax (f32x4.add (local.get $s5) (local.get $wv)) (local.get $floor)))
      (local.set $z (i32.add (local.get $z) (local.get $mapBytes)))
      (local.set $wv (v128.load32_splat offset=12 (local.get $bias)))
      (v128.store (local.get $z) (f32x4.pmax (f32x4.add (local.get $s6) (local.get $wv)) (local.get $floor)))
      (v128.store offset=16 (local.get $z) (f32x4.pmax (f32x4.add (local.get $s7) (local.get $wv)) (local.get $floor)))
      (return)))
  (call $storeOutputs (local.get $z) (local.get $s0) (local.get $s1) (local.get $bias) (local.get $left) (local.get $act))
  (if (i32.gt_s (local.get $maps) (i32.const 1)) (then
    (call $storeOutputs (i32.add (local.get $z) (local.get $mapBytes)) (local.get $s2) (local.get $s3) (i32.add (local.get $bias) (i32.const 4)) (local.get $left) (local.get $act))))
  (if (i32.gt_s (local.get $maps) (i32.const 2)) (then
    (call $storeOutputs (i32.add (local.get $z) (i32.shl (local.get $mapBytes) (i32.const 1))) (local.get $s4) (local.get $s5) (i32.add (local.get $bias) (i32.const 8)) (local.get $left) (local.get $act))))
  (if (i32.gt_s (local.get $maps) (i32.const 3)) (then
    (call $storeOutputs (i32.add (local.get $z) (i32.mul (local.get $mapBytes) (i32.const 3))) (local.get $s6) (local.get $s7) (i32.add (local.get $bias) (i32.const 12)) (local.get $left) (local.get $act)))))

;; Stores f(s + bias) for the first `left` (up to 8) outputs at z: s0 the first 4, s1 the next 4.
(func $storeOutputs (param $z i32) (param $s0 v128) (param $s1 v128) (param $bias i32) (param $left i32) (param $act i32)
  (local $bv v128)
  (local.set $bv (v128.load32_splat (local.get $bias)))
  (call $storeLanes (local.get $z) (call $activate (f32x4.add (local.get $s0) (local.get $bv)) (local.get $act)) (local.get $left))
  (if (i32.gt_s (local.get $left) (i32.const 4)) (then
    (call $storeLanes (i32.add (local.get $z) (i32.const 16)) (call $activate (f32x4.add (local.get $s1) (local.get $bv)) (local.get $act))
      (i32.sub (local.get $left) (i32.const 4))))))

;; SGD update fused with the gradient, for `count` examples: W = decay W - rate G and bias -= rate *
;; (sum of D), rate = eta / count, where G(m, ch, i, j) sums D(m, y, x) A(ch, y + i, x + j) over
;; examples and positions. Blocks of 4 maps x 2 taps (taps t = i kh + j in order): one pass over
;; the 4 maps' deltas, example after example, feeds 8 independent sums (f32x4 partial sums), each
;; delta vector loaded once for two multiply-adds and each input vector once for four; then each
;; sum updates its weight at once. (Ten sums, 2 maps x 5 taps, left V8 short of registers: it kept
;; two sums on the stack and the loop ran at half speed.) A block past the last map reads map m's
;; deltas again, and a pair past the last tap tap t again; those sums are dropped.
(func $convUpdate (export "convUpdate") (param $W i32) (param $bias i32) (param $A i32) (param $D i32) (param $count i32)
  (param $c i32) (param $h i32) (param $k i32) (param $kh i32) (param $inStride i32) (param $outStride i32)
  (param $rate f32) (param $decay f32)
  (local $oh i32) (local $b i32) (local $m i32) (local $ch i32) (local $t i32) (local $y i32) (local $x i32) (local $taps i32)
  (local $w i32) (local $wt i32) (local $d i32) (local $a0 i32) (local $a1 i32)
  (local $rowBytes i32) (local $plane i32) (local $mapBytes i32) (local $wBytes i32) (local $off1 i32) (local $off2 i32) (local $off3 i32)
  (local $second i32) (local $offA i32) (local $offB i32) (local $row i32) (local $tail v128) (local $gb v128)
  (local $d0 v128) (local $d1 v128) (local $d2 v128) (local $d3 v128) (local $in0 v128) (local $in1 v128)
  (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128) (local $s4 v128) (local $s5 v128) (local $s6 v128) (local $s7 v128)
  (local.set $oh (i32.add (i32.sub (local.get $h) (local.get $kh)) (i32.const 1)))
  (local.set $rowBytes (i32.shl (local.get $h) (i32.const 2)))
  (local.set $plane (i32.mul (local.get $rowBytes) (local.get $h)))
  (local.set $mapBytes (i32.shl (i32.mul (local.get $oh) (local.get $oh)) (i32.const 2)))
  (local.set $taps (i32.mul (local.get $kh) (local.get $kh)))
  ;; One map's kernels: c kh kh floats.
  (local.set $wBytes (i32.shl (i32.mul (local.get $c) (local.get $taps)) (i32.const 2)))
  ;; The lanes of a row's partial last vector that hold deltas (all 4 when oh is a multiple of 4).
  (local.set $tail (call $lanesBelow (i32.const 0) (select (i32.const 4) (i32.and (local.get $oh) (i32.const 3))
    (i32.eqz (i32.and (local.get $oh) (i32.const 3))))))
  (local.set $m (i32.const 0))
  (loop $blocks
    ;; From map m's deltas to those of maps m + 1 .. m + 3, or 0 (map m's) past the last map.
    (local.set $off1 (select (local.get $mapBytes) (i32.const 0) (i32.lt_u (i32.add (local.get $m) (i32.const 1)) (local.get $k))))
    (local.set $off2 (select (i32.shl (local.get $mapBytes) (i32.const 1)) (i32.const 0) (i32.lt_u (i32.add (local.get $m) (i32.const 2)) (local.get $k))))
    (local.set $off3 (select (i32.mul (local.get $mapBytes) (i32.const 3)) (i32.const 0) (i32.lt_u (i32.add (local.get $m) (i32.const 3)) (local.get $k))))
    (local.set $ch (i32.const 0))
    (loop $channels
      ;; Map m's weights for channel ch.
      (local.set $w (i32.add (local.get $W) (i32.add (i32.mul (local.get $m) (local.get $wBytes)) (i32.shl (i32.mul (local.get $ch) (local.get $taps)) (i32.const 2)))))
      (local.set $t (i32.const 0))
      (loop $tapPairs
        ;; The second tap, t + 1, or t again past the last tap.
        (local.set $second (select (i32.add (local.get $t) (i32.const 1)) (local.get $t) (i32.lt_u (i32.add (local.get $t) (i32.const 1)) (local.get $taps))))
        ;; Tap (i, j) reads the input from (y + i, j): offA and offB bytes into row y, for taps t and second.
        (local.set $offA (i32.add (i32.mul (i32.div_u (local.get $t) (local.get $kh)) (local.get $rowBytes)) (i32.shl (i32.rem_u (local.get $t) (local.get $kh)) (i32.const 2))))
        (local.set $offB (i32.add (i32.mul (i32.div_u (local.get $second) (local.get $kh)) (local.get $rowBytes)) (i32.shl (i32.rem_u (local.get $second) (local.get $kh)) (i32.const 2))))
        (local.set $s0 (vec.i32 0)) (local.set $s1 (vec.i32 0)) (local.set $s2 (vec.i32 0)) (local.set $s3 (vec.i32 0))
        (local.set $s4 (vec.i32 0)) (local.set $s5 (vec.i32 0)) (local.set $s6 (vec.i32 0)) (local.set $s7 (vec.i32 0))
        (local.set $b (i32.const 0))
        (loop $examples
          (local.set $d (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride))) (i32.mul (local.get $m) (local.get $mapBytes))))
          (local.set $row (i32.add (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride))) (i32.mul (local.get $ch) (local.get $plane))))
          (local.set $y (i32.const 0))
          (loop $rows
            (local.set $a0 (i32.add (local.get $row) (local.get $offA)))
            (local.set $a1 (i32.add (local.get $row) (local.get $offB)))
            (local.set $x (i32.const 4))
            (loop $cols
              (local.set $d0 (v128.load (local.get $d)))
              (local.set $d1 (v128.load (i32.add (local.get $d) (local.get $off1))))
              (local.set $d2 (v128.load (i32.add (local.get $d) (local.get $off2))))
              (local.set $d3 (v128.load (i32.add (local.get $d) (local.get $off3))))
              (if (i32.gt_u (local.get $x) (local.get $oh)) (then
                (local.set $d0 (v128.and (local.get $d0) (local.get $tail)))
                (local.set $d1 (v128.and (local.get $d1) (local.get $tail)))
                (local.set $d2 (v128.and (local.get $d2) (local.get $tail)))
                (local.set $d3 (v128.and (local.get $d3) (local.get $tail)))))
              (local.set $in0 (v128.load (local.get $a0)))
              (local.set $in1 (v128.load (local.get $a1)))
              (local.set $s0 (madd (local.get $d0) (local.get $in0) (local.get $s0)))
              (local.set $s1 (madd (local.get $d0) (local.get $in1) (local.get $s1)))
              (local.set $s2 (madd (local.get $d1) (local.get $in0) (local.get $s2)))
              (local.set $s3 (madd (local.get $d1) (local.get $in1) (local.get $s3)))
              (local.set $s4 (madd (local.get $d2) (local.get $in0) (local.get $s4)))
              (local.set $s5 (madd (local.get $d2) (local.get $in1) (local.get $s5)))
              (local.set $s6 (madd (local.get $d3) (local.get $in0) (local.get $s6)))
              (local.set $s7 (madd (local.get $d3) (local.get $in1) (local.get $s7)))
              (local.set $a0 (i32.add (local.get $a0) (i32.const 16)))
              (local.set $a1 (i32.add (local.get $a1) (i32.const 16)))
              ;; A partial vector moves d to the next row's first delta.
              (local.set $d (i32.add (local.get $d) (select (i32.const 16) (i32.shl (i32.and (local.get $oh) (i32.const 3)) (i32.const 2))
                (i32.le_u (local.get $x) (local.get $oh)))))
              (br_if $cols (i32.lt_u (i32.sub (local.tee $x (i32.add (local.get $x) (i32.const 4))) (i32.const 4)) (local.get $oh))))
            (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
            (br_if $rows (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
          (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
        ;; Map m + q's weight for tap t is at wt + q wBytes; tap t + 1's follows.
        (local.set $wt (i32.add (local.get $w) (i32.shl (local.get $t) (i32.const 2))))
        (local.set $second (i32.ne (local.get $second) (local.get $t)))
        (call $stepPair (local.get $wt) (local.get $s0) (local.get $s1) (local.get $second) (local.get $rate) (local.get $decay))
        (if (local.get $off1) (then (call $stepPair (i32.add (local.get $wt) (local.get $wBytes)) (local.get $s2) (local.get $s3) (local.get $second) (local.get $rate) (local.get $decay))))
        (if (local.get $off2) (then (call $stepPair (i32.add (local.get $wt) (i32.shl (local.get $wBytes) (i32.const 1))) (local.get $s4) (local.get $s5) (local.get $second) (local.get $rate) (local.get $decay))))
        (if (local.get $off3) (then (call $stepPair (i32.add (local.get $wt) (i32.mul (local.get $wBytes) (i32.const 3))) (local.get $s6) (local.get $s7) (local.get $second) (local.get $rate) (local.get $decay))))
        (br_if $tapPairs (i32.lt_u (local.tee $t (i32.add (local.get $t) (i32.const 2))) (local.get $taps))))
      (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
    (br_if $blocks (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 4))) (local.get $k))))
  (local.set $m (i32.const 0))
  (loop $biases
    (local.set $gb (vec.i32 0))
    (local.set $b (i32.const 0))
    (loop $sumExamples
      (local.set $gb (call $mapSum
        (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride)))
          (i32.shl (i32.mul (local.get $m) (i32.mul (local.get $oh) (local.get $oh))) (i32.const 2)))
        (i32.mul (local.get $oh) (local.get $oh)) (local.get $gb)))
      (br_if $sumExamples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
    (f32.store (local.get $bias) (f32.sub (f32.load (local.get $bias)) (f32.mul (local.get $rate) (call $hsum (local.get $gb)))))
    (local.set $bias (i32.add (local.get $bias) (i32.const 4)))
    (br_if $biases (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (local.get $k)))))


;; One SGD step for the weight at w from its gradient's partial sums s0, and for the next weight
;; from s1 where `second` (a tap's pair): w = decay w - rate (the sum of the lanes).
(func $stepPair (param $w i32) (param $s0 v128) (param $s1 v128) (param $second i32) (param $rate f32) (param $decay f32)
  (f32.store (local.get $w) (f32.sub (f32.mul (local.get $decay) (f32.load (local.get $w))) (f32.mul (local.get $rate) (call $hsum (local.get $s0)))))
  (if (local.get $second)
    (then (f32.store offset=4 (local.get $w) (f32.sub (f32.mul (local.get $decay) (f32.load offset=4 (local.get $w))) (f32.mul (local.get $rate) (call $hsum (local.get $s1))))))))

;; acc + the n floats at p, in four lanes (a partial last vector's extra lanes zeroed).
(func $mapSum (param $p i32) (param $n i32) (param $acc v128) (result v128)
  (local $end i32)
  ;; The whole vectors, then the partial one if any (its mask built once, outside the loop).
  (local.set $end (i32.add (local.get $p) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
  (if (i32.lt_u (local.get $p) (local.get $end))
    (then (loop $each
      (local.set $acc (f32x4.add (local.get $acc) (v128.load (local.get $p))))
      (br_if $each (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 16))) (local.get $end))))))
  (if (i32.and (local.get $n) (i32.const 3))
    (then (local.set $acc (f32x4.add (local.get $acc)
      (v128.and (v128.load (local.get $p)) (call $lanesBelow (i32.const 0) (i32.and (local.get $n) (i32.const 3))))))))
  (local.get $acc))

;; Writes `bytes` (a multiple of 16) bytes of 0 at p.
(func $zero (param $p i32) (param $bytes i32)
  (memory.fill (local.get $p) (i32.const 0) (local.get $bytes)))
