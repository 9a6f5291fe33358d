;; The convolutional layer (stride 1, 'valid'), as src/nn/conv/conv-layer.ts computes it.
;; Per example, row-major: input [c][h][h]; weights [k][c][kh][kh]; output and deltas [k][oh][oh],
;; oh = h - kh + 1; kh is 3 or 5 (odd: convForward counts on it). Example b's values start at b * stride bytes (inStride for the
;; input side, outStride for the output side); the bytes past the values up to the stride are
;; padding, kept 0. The loops run over output columns in f32x4 vectors; a row's partial last
;; vector reads past the row (into the next one, or the 64 bytes of slack after every buffer, see
;; conv-layout.ts), and its extra lanes are never stored or are multiplied by 0.

;; Stores the first n lanes of v at p (n from 1 to 4, or more: all 4): a row's partial last vector.
(func $storeLanes (param $p i32) (param $v v128) (param $n i32)
  (if (i32.ge_s (local.get $n) (i32.const 4)) (then (v128.store (local.get $p) (local.get $v)) (return)))
  (v128.store32_lane 0 (local.get $p) (local.get $v))
  (if (i32.ge_s (local.get $n) (i32.const 2)) (then (v128.store32_lane offset=4 1 (local.get $p) (local.get $v))))
  (if (i32.ge_s (local.get $n) (i32.const 3)) (then (v128.store32_lane offset=8 2 (local.get $p) (local.get $v)))))

;; Z = f(W * A + bias) for `count` examples; act as $activate (0 sigmoid, 1 tanh, 2 ReLU, 3 none).
;; Eight outputs of a row at a time: each weight, loaded once as a splat, feeds two vectors.
;; The input gradient of a later conv layer runs through here too (wasm-conv-engine.ts), on maps
;; with `pad` rows of zeros above and below: the kernel rows that would read only those are
;; skipped (pad 0: none).
(func $convForward (export "convForward") (param $W i32) (param $bias i32) (param $A i32) (param $Z i32) (param $count i32)
  (param $c i32) (param $h i32) (param $k i32) (param $kh i32) (param $inStride i32) (param $outStride i32) (param $act i32)
  (param $pad i32)
  (local $iFirst i32) (local $iEnd i32) (local $wch i32)
  (local $oh i32) (local $b i32) (local $m i32) (local $y i32) (local $x i32) (local $z i32) (local $wm i32) (local $wBytes i32)
  (local $rowBytes i32) (local $plane i32) (local $aRow i32) (local $a i32) (local $row i32) (local $p i32) (local $w i32)
  (local $ch i32) (local $i i32) (local $j i32) (local $left i32)
  (local $bv v128) (local $wv v128) (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128)
  (local.set $oh (i32.add (i32.sub (local.get $h) (local.get $kh)) (i32.const 1)))
  (local.set $rowBytes (i32.shl (local.get $h) (i32.const 2)))
  (local.set $plane (i32.mul (local.get $rowBytes) (local.get $h)))
  (local.set $wBytes (i32.shl (i32.mul (local.get $c) (i32.mul (local.get $kh) (local.get $kh))) (i32.const 2)))
  (loop $examples
    ;; The example's output maps and rows are contiguous: z walks them in order.
    (local.set $z (i32.add (local.get $Z) (i32.mul (local.get $b) (local.get $outStride))))
    (local.set $wm (local.get $W))
    (local.set $m (i32.const 0))
    (loop $maps
      (local.set $bv (v128.load32_splat (i32.add (local.get $bias) (i32.shl (local.get $m) (i32.const 2)))))
      (local.set $y (i32.const 0))
      (loop $rows
        ;; Kernel rows iFirst .. iEnd - 1 read input rows pad .. h - pad - 1.
        (local.set $iFirst (select (i32.sub (local.get $pad) (local.get $y)) (i32.const 0) (i32.gt_s (local.get $pad) (local.get $y))))
        (local.set $iEnd (i32.sub (i32.sub (local.get $h) (local.get $pad)) (local.get $y)))
        (if (i32.gt_s (local.get $iEnd) (local.get $kh)) (then (local.set $iEnd (local.get $kh))))
        (local.set $aRow (i32.add (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride)))
          (i32.mul (i32.add (local.get $y) (local.get $iFirst)) (local.get $rowBytes))))
        (local.set $x (i32.const 0))
        (block $rowDone (loop $cols
          (local.set $left (i32.sub (local.get $oh) (local.get $x)))
          (if (i32.le_s (local.get $left) (i32.const 4))
            (then
              ;; A row's last 1 to 4 outputs: one vector.
              (call $storeLanes (local.get $z) (call $activate (f32x4.add (local.get $bv)
                (call $convDot4 (i32.add (local.get $wm) (i32.shl (i32.mul (local.get $iFirst) (local.get $kh)) (i32.const 2)))
                  (i32.add (local.get $aRow) (i32.shl (local.get $x) (i32.const 2)))
                  (local.get $c) (local.get $kh) (local.get $rowBytes) (local.get $plane) (i32.sub (local.get $iEnd) (local.get $iFirst))))
                (local.get $act)) (local.get $left))
              (local.set $z (i32.add (local.get $z) (i32.shl (local.get $left) (i32.const 2))))
              (br $rowDone)))
          (local.set $acc0 (local.get $bv))
          (local.set $acc1 (local.get $bv))
          (local.set $acc2 (vec.i32 0))
          (local.set $acc3 (vec.i32 0))
          (local.set $wch (local.get $wm))
          (local.set $a (i32.add (local.get $aRow) (i32.shl (local.get $x) (i32.const 2))))
          (local.set $ch (i32.const 0))
          (loop $channels
            (local.set $row (local.get $a))
            (local.set $w (i32.add (local.get $wch) (i32.shl (i32.mul (local.get $iFirst) (local.get $kh)) (i32.const 2))))
            (local.set $i (local.get $iFirst))
            (loop $kernelRows
              (local.set $p (local.get $row))
              (local.set $j (i32.const 1))
              ;; Two taps at a time, the odd ones into acc2 and acc3: four independent sums keep the
              ;; multiply-adds from waiting on each other's latency. kh is odd: one tap is left.
              (loop $kernelCols
                (local.set $wv (v128.load32_splat (local.get $w)))
                (local.set $acc0 (madd (local.get $wv) (v128.load (local.get $p)) (local.get $acc0)))
                (local.set $acc1 (madd (local.get $wv) (v128.load offset=16 (local.get $p)) (local.get $acc1)))
                (local.set $wv (v128.load32_splat offset=4 (local.get $w)))
                (local.set $acc2 (madd (local.get $wv) (v128.load offset=4 (local.get $p)) (local.get $acc2)))
                (local.set $acc3 (madd (local.get $wv) (v128.load offset=20 (local.get $p)) (local.get $acc3)))
                (local.set $w (i32.add (local.get $w) (i32.const 8)))
                (local.set $p (i32.add (local.get $p) (i32.const 8)))
                (br_if $kernelCols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 2))) (local.get $kh))))
              (local.set $wv (v128.load32_splat (local.get $w)))
              (local.set $acc0 (madd (local.get $wv) (v128.load (local.get $p)) (local.get $acc0)))
              (local.set $acc1 (madd (local.get $wv) (v128.load offset=16 (local.get $p)) (local.get $acc1)))
              (local.set $w (i32.add (local.get $w) (i32.const 4)))
              (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
              (br_if $kernelRows (i32.lt_s (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $iEnd))))
            (local.set $wch (i32.add (local.get $wch) (i32.shl (i32.mul (local.get $kh) (local.get $kh)) (i32.const 2))))
            (local.set $a (i32.add (local.get $a) (local.get $plane)))
            (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
          (local.set $acc0 (f32x4.add (local.get $acc0) (local.get $acc2)))
          (local.set $acc1 (f32x4.add (local.get $acc1) (local.get $acc3)))
          (v128.store (local.get $z) (call $activate (local.get $acc0) (local.get $act)))
          (call $storeLanes (i32.add (local.get $z) (i32.const 16)) (call $activate (local.get $acc1) (local.get $act))
            (i32.sub (local.get $left) (i32.const 4)))
          ;; The next row starts right after this one's last real value.
          (local.set $z (i32.add (local.get $z) (i32.shl (select (i32.const 8) (local.get $left) (i32.gt_s (local.get $left) (i32.const 8))) (i32.const 2))))
          (br_if $cols (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 8))) (local.get $oh)))))
        (br_if $rows (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
      (local.set $wm (i32.add (local.get $wm) (local.get $wBytes)))
      (br_if $maps (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (local.get $k))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))

;; Four outputs of convForward, before the bias: w is the first kernel row to use of map m's
;; weights, a the input at that row, and `rows` kernel rows are summed (as in convForward, the odd
;; kernel columns into a second accumulator).
(func $convDot4 (param $w i32) (param $a i32) (param $c i32) (param $kh i32) (param $rowBytes i32) (param $plane i32) (param $rows i32)
  (result v128)
  (local $ch i32) (local $i i32) (local $j i32) (local $row i32) (local $p i32) (local $wp i32) (local $skip i32)
  (local $acc0 v128) (local $acc1 v128)
  ;; The weights of the skipped kernel rows, between one channel's rows and the next one's.
  (local.set $skip (i32.shl (i32.mul (i32.sub (local.get $kh) (local.get $rows)) (local.get $kh)) (i32.const 2)))
  (local.set $wp (local.get $w))
  (loop $channels
    (local.set $row (local.get $a))
    (local.set $i (i32.const 0))
    (loop $kernelRows
      (local.set $p (local.get $row))
      (local.set $j (i32.const 1))
      (loop $kernelCols
        (local.set $acc0 (madd (v128.load32_splat (local.get $wp)) (v128.load (local.get $p)) (local.get $acc0)))
        (local.set $acc1 (madd (v128.load32_splat offset=4 (local.get $wp)) (v128.load offset=4 (local.get $p)) (local.get $acc1)))
        (local.set $wp (i32.add (local.get $wp) (i32.const 8)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br_if $kernelCols (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 2))) (local.get $kh))))
      (local.set $acc0 (madd (v128.load32_splat (local.get $wp)) (v128.load (local.get $p)) (local.get $acc0)))
      (local.set $wp (i32.add (local.get $wp) (i32.const 4)))
      (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
      (br_if $kernelRows (i32.lt_s (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $rows))))
    (local.set $wp (i32.add (local.get $wp) (local.get $skip)))
    (local.set $a (i32.add (local.get $a) (local.get $plane)))
    (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
  (f32x4.add (local.get $acc0) (local.get $acc1)))

;; SGD update fused with the gradient. G (scratch, [k][c][kh][kh] f32x4 partial sums, 16 bytes a
;; weight) collects sum over examples and positions of D(m, y, x) A(ch, y + i, x + j), one example
;; at a time so that its maps stay in cache: for each kernel row i, one pass over the deltas feeds
;; five accumulators, j = 0 .. 4, from one delta vector (with kh = 3, the last two are discarded).
;; Then W = decay W - rate G and bias -= rate * (sum of D); rate = eta / count.
(func $convUpdate (export "convUpdate") (param $W i32) (param $bias i32) (param $A i32) (param $D i32) (param $G i32) (param $count i32)
  (param $c i32) (param $h i32) (param $k i32) (param $kh i32) (param $inStride i32) (param $outStride i32)
  (param $rate f32) (param $decay f32)
  (local $oh i32) (local $b i32) (local $m i32) (local $ch i32) (local $i i32) (local $y i32) (local $x i32)
  (local $g i32) (local $dMap i32) (local $aPlane i32) (local $d i32) (local $a i32) (local $n i32) (local $q i32)
  (local $rowBytes i32) (local $plane i32) (local $mapBytes i32)
  (local $tail v128) (local $dv v128) (local $gb v128)
  (local $acc0 v128) (local $acc1 v128) (local $acc2 v128) (local $acc3 v128) (local $acc4 v128)
  (local.set $oh (i32.add (i32.sub (local.get $h) (local.get $kh)) (i32.const 1)))
  (local.set $rowBytes (i32.shl (local.get $h) (i32.const 2)))
  (local.set $plane (i32.mul (local.get $rowBytes) (local.get $h)))
  (local.set $mapBytes (i32.shl (i32.mul (local.get $oh) (local.get $oh)) (i32.const 2)))
  ;; The lanes of a row's partial last vector that hold deltas (all 4 when oh is a multiple of 4).
  (local.set $tail (call $lanesBelow (i32.const 0) (select (i32.const 4) (i32.and (local.get $oh) (i32.const 3))
    (i32.eqz (i32.and (local.get $oh) (i32.const 3))))))
  (local.set $n (i32.mul (local.get $k) (i32.mul (local.get $c) (i32.mul (local.get $kh) (local.get $kh)))))
  (call $zero (local.get $G) (i32.shl (local.get $n) (i32.const 4)))
  (loop $examples
    (local.set $g (local.get $G))
    (local.set $dMap (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride))))
    (local.set $m (i32.const 0))
    (loop $maps
      (local.set $aPlane (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride))))
      (local.set $ch (i32.const 0))
      (loop $channels
        (local.set $i (i32.const 0))
        (loop $kernelRows
          (local.set $acc0 (vec.i32 0)) (local.set $acc1 (vec.i32 0)) (local.set $acc2 (vec.i32 0))
          (local.set $acc3 (vec.i32 0)) (local.set $acc4 (vec.i32 0))
          (local.set $d (local.get $dMap))
          (local.set $y (i32.const 0))
          (loop $rows
            (local.set $a (i32.add (local.get $aPlane) (i32.mul (i32.add (local.get $y) (local.get $i)) (local.get $rowBytes))))
            (local.set $x (i32.const 4))
            (loop $cols
              (local.set $dv (v128.load (local.get $d)))
              (if (i32.gt_u (local.get $x) (local.get $oh)) (then (local.set $dv (v128.and (local.get $dv) (local.get $tail)))))
              (local.set $acc0 (madd (local.get $dv) (v128.load (local.get $a)) (local.get $acc0)))
              (local.set $acc1 (madd (local.get $dv) (v128.load offset=4 (local.get $a)) (local.get $acc1)))
              (local.set $acc2 (madd (local.get $dv) (v128.load offset=8 (local.get $a)) (local.get $acc2)))
              (local.set $acc3 (madd (local.get $dv) (v128.load offset=12 (local.get $a)) (local.get $acc3)))
              (local.set $acc4 (madd (local.get $dv) (v128.load offset=16 (local.get $a)) (local.get $acc4)))
              (local.set $a (i32.add (local.get $a) (i32.const 16)))
              ;; A partial vector moves d to the next row's first delta.
              (local.set $d (i32.add (local.get $d) (select (i32.const 16) (i32.shl (i32.and (local.get $oh) (i32.const 3)) (i32.const 2))
                (i32.le_u (local.get $x) (local.get $oh)))))
              (br_if $cols (i32.lt_u (i32.sub (local.tee $x (i32.add (local.get $x) (i32.const 4))) (i32.const 4)) (local.get $oh))))
            (br_if $rows (i32.lt_u (local.tee $y (i32.add (local.get $y) (i32.const 1))) (local.get $oh))))
          (v128.store offset=0 (local.get $g) (f32x4.add (v128.load offset=0 (local.get $g)) (local.get $acc0)))
          (v128.store offset=16 (local.get $g) (f32x4.add (v128.load offset=16 (local.get $g)) (local.get $acc1)))
          (v128.store offset=32 (local.get $g) (f32x4.add (v128.load offset=32 (local.get $g)) (local.get $acc2)))
          (if (i32.eq (local.get $kh) (i32.const 5))
            (then
              (v128.store offset=48 (local.get $g) (f32x4.add (v128.load offset=48 (local.get $g)) (local.get $acc3)))
              (v128.store offset=64 (local.get $g) (f32x4.add (v128.load offset=64 (local.get $g)) (local.get $acc4)))))
          (local.set $g (i32.add (local.get $g) (i32.shl (local.get $kh) (i32.const 4))))
          (br_if $kernelRows (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $kh))))
        (local.set $aPlane (i32.add (local.get $aPlane) (local.get $plane)))
        (br_if $channels (i32.lt_u (local.tee $ch (i32.add (local.get $ch) (i32.const 1))) (local.get $c))))
      (local.set $dMap (i32.add (local.get $dMap) (local.get $mapBytes)))
      (br_if $maps (i32.lt_u (local.tee $m (i32.add (local.get $m) (i32.const 1))) (local.get $k))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
  (local.set $q (i32.const 0))
  (loop $weights
    (f32.store (local.get $W) (f32.sub (f32.mul (local.get $decay) (f32.load (local.get $W)))
      (f32.mul (local.get $rate) (call $hsum (v128.load (local.get $G))))))
    (local.set $W (i32.add (local.get $W) (i32.const 4)))
    (local.set $G (i32.add (local.get $G) (i32.const 16)))
    (br_if $weights (i32.lt_u (local.tee $q (i32.add (local.get $q) (i32.const 1))) (local.get $n))))
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


;; acc + the n floats at p, in four lanes (a partial last vector's extra lanes zeroed).
(func $mapSum (param $p i32) (param $n i32) (param $acc v128) (result v128)
  (local $x i32)
  (loop $each
    (local.set $acc (f32x4.add (local.get $acc)
      (v128.and (v128.load (local.get $p)) (call $lanesBelow (i32.const 0) (i32.sub (local.get $n) (local.get $x))))))
    (local.set $p (i32.add (local.get $p) (i32.const 16)))
    (br_if $each (i32.lt_u (local.tee $x (i32.add (local.get $x) (i32.const 4))) (local.get $n))))
  (local.get $acc))

;; Writes `bytes` (a multiple of 16) bytes of 0 at p.
(func $zero (param $p i32) (param $bytes i32)
  (memory.fill (local.get $p) (i32.const 0) (local.get $bytes)))
