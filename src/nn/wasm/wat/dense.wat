;; The dense-layer kernels. Strides are in bytes and multiples of 16: a layer of n neurons takes
;; ceil(n / 4) * 4 floats per row, and the padding stays 0 (weights, biases, activations, deltas),
;; so every loop runs over whole vectors. W: [outRows][inStride] with outRows = outStride / 4;
;; A: [count][inStride]; Z and D: [count][outStride].
;; These serve the layers after the first; the first has kernels of its own (input-layer.wat).

;; Z = f(A W^T + bias). Blocked 4 weight rows by 2 examples: 8 accumulators stay in registers
;; and each loaded vector feeds 2 or 4 multiply-adds.
(func $forward (param $W i32) (param $bias i32) (param $A i32) (param $Z i32) (param $count i32)
  (param $inStride i32) (param $outStride i32) (param $nOut i32) (param $act i32)
  (local $b i32) (local $a0 i32) (local $a1 i32) (local $z0 i32) (local $z1 i32) (local $j i32)
  (local $w0 i32) (local $w1 i32) (local $w2 i32) (local $w3 i32) (local $k i32)
  (local $x0 v128) (local $x1 v128) (local $v v128) (local $bv v128) (local $mask v128)
  (local $s00 v128) (local $s01 v128) (local $s02 v128) (local $s03 v128)
  (local $s10 v128) (local $s11 v128) (local $s12 v128) (local $s13 v128)
  (loop $pairs
    (local.set $a0 (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride))))
    (local.set $z0 (i32.add (local.get $Z) (i32.mul (local.get $b) (local.get $outStride))))
    ;; An odd last example is paired with itself: the same sums, stored twice to the same place.
    (if (i32.lt_u (i32.add (local.get $b) (i32.const 1)) (local.get $count))
      (then
        (local.set $a1 (i32.add (local.get $a0) (local.get $inStride)))
        (local.set $z1 (i32.add (local.get $z0) (local.get $outStride))))
      (else
        (local.set $a1 (local.get $a0))
        (local.set $z1 (local.get $z0))))
    (local.set $j (i32.const 0))
    (local.set $w0 (local.get $W))
    (loop $rows
      (local.set $w1 (i32.add (local.get $w0) (local.get $inStride)))
      (local.set $w2 (i32.add (local.get $w1) (local.get $inStride)))
      (local.set $w3 (i32.add (local.get $w2) (local.get $inStride)))
      (local.set $s00 (vec.i32 0)) (local.set $s01 (vec.i32 0)) (local.set $s02 (vec.i32 0)) (local.set $s03 (vec.i32 0))
      (local.set $s10 (vec.i32 0)) (local.set $s11 (vec.i32 0)) (local.set $s12 (vec.i32 0)) (local.set $s13 (vec.i32 0))
      (local.set $k (i32.const 0))
      (loop $cols
        (local.set $x0 (v128.load (i32.add (local.get $a0) (local.get $k))))
        (local.set $x1 (v128.load (i32.add (local.get $a1) (local.get $k))))
        (local.set $v (v128.load (i32.add (local.get $w0) (local.get $k))))
        (local.set $s00 (madd (local.get $v) (local.get $x0) (local.get $s00)))
        (local.set $s10 (madd (local.get $v) (local.get $x1) (local.get $s10)))
        (local.set $v (v128.load (i32.add (local.get $w1) (local.get $k))))
        (local.set $s01 (madd (local.get $v) (local.get $x0) (local.get $s01)))
        (local.set $s11 (madd (local.get $v) (local.get $x1) (local.get $s11)))
        (local.set $v (v128.load (i32.add (local.get $w2) (local.get $k))))
        (local.set $s02 (madd (local.get $v) (local.get $x0) (local.get $s02)))
        (local.set $s12 (madd (local.get $v) (local.get $x1) (local.get $s12)))
        (local.set $v (v128.load (i32.add (local.get $w3) (local.get $k))))
        (local.set $s03 (madd (local.get $v) (local.get $x0) (local.get $s03)))
        (local.set $s13 (madd (local.get $v) (local.get $x1) (local.get $s13)))
        (br_if $cols (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $inStride))))
      (local.set $bv (v128.load (i32.add (local.get $bias) (local.get $j))))
      ;; Lanes past the last neuron are kept 0, so the padding adds nothing to the next layer.
      (local.set $mask (call $lanesBelow (i32.shr_u (local.get $j) (i32.const 2)) (local.get $nOut)))
      (v128.store (i32.add (local.get $z0) (local.get $j)) (v128.and (local.get $mask)
        (call $activate (f32x4.add (call $reduce4 (local.get $s00) (local.get $s01) (local.get $s02) (local.get $s03)) (local.get $bv)) (local.get $act))))
      (v128.store (i32.add (local.get $z1) (local.get $j)) (v128.and (local.get $mask)
        (call $activate (f32x4.add (call $reduce4 (local.get $s10) (local.get $s11) (local.get $s12) (local.get $s13)) (local.get $bv)) (local.get $act))))
      (local.set $w0 (i32.add (local.get $w3) (local.get $inStride)))
      (br_if $rows (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 16))) (local.get $outStride))))
    (br_if $pairs (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 2))) (local.get $count)))))

;; Dprev = (D W) * f'(Aprev): the deltas of the layer below, for every layer after the first.
;; Blocked 4 column vectors (16 inputs) by 2 examples; leftover vectors go one at a time.
(func $backward (param $W i32) (param $D i32) (param $Dprev i32) (param $Aprev i32) (param $count i32)
  (param $inStride i32) (param $outStride i32) (param $nOut i32) (param $act i32)
  (local $b i32) (local $d0 i32) (local $d1 i32) (local $e0 i32) (local $e1 i32) (local $k i32) (local $j i32) (local $w i32)
  (local $t0 v128) (local $t1 v128) (local $v v128)
  (local $s00 v128) (local $s01 v128) (local $s02 v128) (local $s03 v128)
  (local $s10 v128) (local $s11 v128) (local $s12 v128) (local $s13 v128)
  (loop $pairs
    (local.set $d0 (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride))))
    (local.set $e0 (i32.mul (local.get $b) (local.get $inStride)))
    ;; An odd last example is paired with itself, as in $forward.
    (if (i32.lt_u (i32.add (local.get $b) (i32.const 1)) (local.get $count))
      (then
        (local.set $d1 (i32.add (local.get $d0) (local.get $outStride)))
        (local.set $e1 (i32.add (local.get $e0) (local.get $inStride))))
      (else
        (local.set $d1 (local.get $d0))
        (local.set $e1 (local.get $e0))))
    (local.set $k (i32.const 0))
    (block $wideDone
      (loop $wide
        (br_if $wideDone (i32.gt_u (i32.add (local.get $k) (i32.const 64)) (local.get $inStride)))
        (local.set $s00 (vec.i32 0)) (local.set $s01 (vec.i32 0)) (local.set $s02 (vec.i32 0)) (local.set $s03 (vec.i32 0))
        (local.set $s10 (vec.i32 0)) (local.set $s11 (vec.i32 0)) (local.set $s12 (vec.i32 0)) (local.set $s13 (vec.i32 0))
        (local.set $w (i32.add (local.get $W) (local.get $k)))
        (local.set $j (i32.const 0))
        (loop $sum
          (local.set $t0 (v128.load32_splat (i32.add (local.get $d0) (local.get $j))))
          (local.set $t1 (v128.load32_splat (i32.add (local.get $d1) (local.get $j))))
          (local.set $v (v128.load offset=0 (local.get $w)))
          (local.set $s00 (madd (local.get $v) (local.get $t0) (local.get $s00)))
          (local.set $s10 (madd (local.get $v) (local.get $t1) (local.get $s10)))
          (local.set $v (v128.load offset=16 (local.get $w)))
          (local.set $s01 (madd (local.get $v) (local.get $t0) (local.get $s01)))
          (local.set $s11 (madd (local.get $v) (local.get $t1) (local.get $s11)))
          (local.set $v (v128.load offset=32 (local.get $w)))
          (local.set $s02 (madd (local.get $v) (local.get $t0) (local.get $s02)))
          (local.set $s12 (madd (local.get $v) (local.get $t1) (local.get $s12)))
          (local.set $v (v128.load offset=48 (local.get $w)))
          (local.set $s03 (madd (local.get $v) (local.get $t0) (local.get $s03)))
          (local.set $s13 (madd (local.get $v) (local.get $t1) (local.get $s13)))
          (local.set $w (i32.add (local.get $w) (local.get $inStride)))
          (br_if $sum (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 4))) (i32.shl (local.get $nOut) (i32.const 2)))))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e0) (local.get $k)) (local.get $s00) (local.get $act))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e0) (i32.add (local.get $k) (i32.const 16))) (local.get $s01) (local.get $act))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e0) (i32.add (local.get $k) (i32.const 32))) (local.get $s02) (local.get $act))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e0) (i32.add (local.get $k) (i32.const 48))) (local.get $s03) (local.get $act))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e1) (local.get $k)) (local.get $s10) (local.get $act))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e1) (i32.add (local.get $k) (i32.const 16))) (local.get $s11) (local.get $act))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e1) (i32.add (local.get $k) (i32.const 32))) (local.get $s12) (local.get $act))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e1) (i32.add (local.get $k) (i32.const 48))) (local.get $s13) (local.get $act))
        (local.set $k (i32.add (local.get $k) (i32.const 64)))
        (br $wide)))
    (block $narrowDone
      (loop $narrow
        (br_if $narrowDone (i32.ge_u (local.get $k) (local.get $inStride)))
        (local.set $s00 (vec.i32 0))
        (local.set $s10 (vec.i32 0))
        (local.set $w (i32.add (local.get $W) (local.get $k)))
        (local.set $j (i32.const 0))
        (loop $sum
          (local.set $v (v128.load (local.get $w)))
          (local.set $s00 (madd (local.get $v) (v128.load32_splat (i32.add (local.get $d0) (local.get $j))) (local.get $s00)))
          (local.set $s10 (madd (local.get $v) (v128.load32_splat (i32.add (local.get $d1) (local.get $j))) (local.get $s10)))
          (local.set $w (i32.add (local.get $w) (local.get $inStride)))
          (br_if $sum (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 4))) (i32.shl (local.get $nOut) (i32.const 2)))))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e0) (local.get $k)) (local.get $s00) (local.get $act))
        (call $storeDelta (local.get $Dprev) (local.get $Aprev) (i32.add (local.get $e1) (local.get $k)) (local.get $s10) (local.get $act))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $narrow)))
    (br_if $pairs (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 2))) (local.get $count)))))

;; Dprev[at] = sum * f'(Aprev[at]), at a byte offset shared by both buffers. ReLU's and no
;; activation's (below sits a pooling layer) are written here rather than called: the calls are not
;; inlined everywhere (Node 20's V8), and a layer over a pooling layer makes one per 4 inputs.
(func $storeDelta (param $Dprev i32) (param $Aprev i32) (param $at i32) (param $sum v128) (param $act i32)
  (v128.store (i32.add (local.get $Dprev) (local.get $at))
    (if (result v128) (i32.eq (local.get $act) (i32.const 3))
      (then (local.get $sum))
      (else (if (result v128) (i32.eq (local.get $act) (i32.const 2))
        (then (v128.and (local.get $sum) (f32x4.gt (v128.load (i32.add (local.get $Aprev) (local.get $at))) (vec.f32 0))))
        (else (call $derivative (local.get $sum) (v128.load (i32.add (local.get $Aprev) (local.get $at))) (local.get $act))))))))

;; W = W - rate * D^T A, and bias = bias - rate * sum_b D. Blocked 4
;; weight rows by 2 examples: the 8 coefficients -rate * D[b][j] stay in registers and each
;; loaded input vector serves 4 rows. (Weight decay is applied before, by $scale.)
(func $update (param $W i32) (param $bias i32) (param $A i32) (param $D i32) (param $count i32)
  (param $inStride i32) (param $outStride i32) (param $rate f32)
  (local $j i32) (local $b i32) (local $a0 i32) (local $a1 i32) (local $k i32)
  (local $w0 i32) (local $w1 i32) (local $w2 i32) (local $w3 i32)
  (local $neg v128) (local $g v128) (local $d v128) (local $x0 v128) (local $x1 v128) (local $at i32)
  (local $c00 v128) (local $c01 v128) (local $c02 v128) (local $c03 v128)
  (local $c10 v128) (local $c11 v128) (local $c12 v128) (local $c13 v128)
  (local.set $neg (f32x4.splat (f32.neg (local.get $rate))))
  (local.set $w0 (local.get $W))
  (loop $rows
    (local.set $w1 (i32.add (local.get $w0) (local.get $inStride)))
    (local.set $w2 (i32.add (local.get $w1) (local.get $inStride)))
    (local.set $w3 (i32.add (local.get $w2) (local.get $inStride)))
    (local.set $g (vec.i32 0))
    (local.set $b (i32.const 0))
    (loop $pairs
      (local.set $a0 (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride))))
      (local.set $d (v128.load (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride))) (local.get $j))))
      (local.set $g (f32x4.add (local.get $g) (local.get $d)))
      (local.set $d (f32x4.mul (local.get $d) (local.get $neg)))
      (local.set $c00 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $d) (local.get $d)))
      (local.set $c01 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $d) (local.get $d)))
      (local.set $c02 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $d) (local.get $d)))
      (local.set $c03 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $d) (local.get $d)))
      ;; An odd last example is paired with itself at coefficient 0, which adds nothing.
      (if (i32.lt_u (i32.add (local.get $b) (i32.const 1)) (local.get $count))
        (then
          (local.set $a1 (i32.add (local.get $a0) (local.get $inStride)))
          (local.set $d (v128.load (i32.add (i32.add (local.get $D) (i32.mul (i32.add (local.get $b) (i32.const 1)) (local.get $outStride))) (local.get $j))))
          (local.set $g (f32x4.add (local.get $g) (local.get $d)))
          (local.set $d (f32x4.mul (local.get $d) (local.get $neg))))
        (else
          (local.set $a1 (local.get $a0))
          (local.set $d (vec.i32 0))))
      (local.set $c10 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $d) (local.get $d)))
      (local.set $c11 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $d) (local.get $d)))
      (local.set $c12 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $d) (local.get $d)))
      (local.set $c13 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $d) (local.get $d)))
      (local.set $k (i32.const 0))
      (loop $cols
        (local.set $x0 (v128.load (i32.add (local.get $a0) (local.get $k))))
        (local.set $x1 (v128.load (i32.add (local.get $a1) (local.get $k))))
        (local.set $at (i32.add (local.get $w0) (local.get $k)))
        (v128.store (local.get $at) (madd (local.get $c10) (local.get $x1) (madd (local.get $c00) (local.get $x0) (v128.load (local.get $at)))))
        (local.set $at (i32.add (local.get $w1) (local.get $k)))
        (v128.store (local.get $at) (madd (local.get $c11) (local.get $x1) (madd (local.get $c01) (local.get $x0) (v128.load (local.get $at)))))
        (local.set $at (i32.add (local.get $w2) (local.get $k)))
        (v128.store (local.get $at) (madd (local.get $c12) (local.get $x1) (madd (local.get $c02) (local.get $x0) (v128.load (local.get $at)))))
        (local.set $at (i32.add (local.get $w3) (local.get $k)))
        (v128.store (local.get $at) (madd (local.get $c13) (local.get $x1) (madd (local.get $c03) (local.get $x0) (v128.load (local.get $at)))))
        (br_if $cols (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $inStride))))
      (br_if $pairs (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 2))) (local.get $count))))
    (local.set $at (i32.add (local.get $bias) (local.get $j)))
    (v128.store (local.get $at) (madd (local.get $g) (local.get $neg) (v128.load (local.get $at))))
    (local.set $w0 (i32.add (local.get $w3) (local.get $inStride)))
    (br_if $rows (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 16))) (local.get $outStride)))))

;; $update for the rows of W whose deltas are the first $width bytes of each D row (W, bias and D
;; moved to the first of them): a share of a layer's rows, for several workers (conv-step.wat's
;; denseUpdate). A copy of $update but for the loop's bound: with the bound a parameter there, the
;; dense engines' steps ran 3-5% slower (Node, [784,30,10], three alternating pairs), so $update keeps its own.
(func $updateRows (param $W i32) (param $bias i32) (param $A i32) (param $D i32) (param $count i32)
  (param $inStride i32) (param $outStride i32) (param $width i32) (param $rate f32)
  (local $j i32) (local $b i32) (local $a0 i32) (local $a1 i32) (local $k i32)
  (local $w0 i32) (local $w1 i32) (local $w2 i32) (local $w3 i32)
  (local $neg v128) (local $g v128) (local $d v128) (local $x0 v128) (local $x1 v128) (local $at i32)
  (local $c00 v128) (local $c01 v128) (local $c02 v128) (local $c03 v128)
  (local $c10 v128) (local $c11 v128) (local $c12 v128) (local $c13 v128)
  (local.set $neg (f32x4.splat (f32.neg (local.get $rate))))
  (local.set $w0 (local.get $W))
  (loop $rows
    (local.set $w1 (i32.add (local.get $w0) (local.get $inStride)))
    (local.set $w2 (i32.add (local.get $w1) (local.get $inStride)))
    (local.set $w3 (i32.add (local.get $w2) (local.get $inStride)))
    (local.set $g (vec.i32 0))
    (local.set $b (i32.const 0))
    (loop $pairs
      (local.set $a0 (i32.add (local.get $A) (i32.mul (local.get $b) (local.get $inStride))))
      (local.set $d (v128.load (i32.add (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $outStride))) (local.get $j))))
      (local.set $g (f32x4.add (local.get $g) (local.get $d)))
      (local.set $d (f32x4.mul (local.get $d) (local.get $neg)))
      (local.set $c00 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $d) (local.get $d)))
      (local.set $c01 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $d) (local.get $d)))
      (local.set $c02 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $d) (local.get $d)))
      (local.set $c03 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $d) (local.get $d)))
      ;; An odd last example is paired with itself at coefficient 0, which adds nothing.
      (if (i32.lt_u (i32.add (local.get $b) (i32.const 1)) (local.get $count))
        (then
          (local.set $a1 (i32.add (local.get $a0) (local.get $inStride)))
          (local.set $d (v128.load (i32.add (i32.add (local.get $D) (i32.mul (i32.add (local.get $b) (i32.const 1)) (local.get $outStride))) (local.get $j))))
          (local.set $g (f32x4.add (local.get $g) (local.get $d)))
          (local.set $d (f32x4.mul (local.get $d) (local.get $neg))))
        (else
          (local.set $a1 (local.get $a0))
          (local.set $d (vec.i32 0))))
      (local.set $c10 (i8x16.shuffle 0 1 2 3 0 1 2 3 0 1 2 3 0 1 2 3 (local.get $d) (local.get $d)))
      (local.set $c11 (i8x16.shuffle 4 5 6 7 4 5 6 7 4 5 6 7 4 5 6 7 (local.get $d) (local.get $d)))
      (local.set $c12 (i8x16.shuffle 8 9 10 11 8 9 10 11 8 9 10 11 8 9 10 11 (local.get $d) (local.get $d)))
      (local.set $c13 (i8x16.shuffle 12 13 14 15 12 13 14 15 12 13 14 15 12 13 14 15 (local.get $d) (local.get $d)))
      (local.set $k (i32.const 0))
      (loop $cols
        (local.set $x0 (v128.load (i32.add (local.get $a0) (local.get $k))))
        (local.set $x1 (v128.load (i32.add (local.get $a1) (local.get $k))))
        (local.set $at (i32.add (local.get $w0) (local.get $k)))
        (v128.store (local.get $at) (madd (local.get $c10) (local.get $x1) (madd (local.get $c00) (local.get $x0) (v128.load (local.get $at)))))
        (local.set $at (i32.add (local.get $w1) (local.get $k)))
        (v128.store (local.get $at) (madd (local.get $c11) (local.get $x1) (madd (local.get $c01) (local.get $x0) (v128.load (local.get $at)))))
        (local.set $at (i32.add (local.get $w2) (local.get $k)))
        (v128.store (local.get $at) (madd (local.get $c12) (local.get $x1) (madd (local.get $c02) (local.get $x0) (v128.load (local.get $at)))))
        (local.set $at (i32.add (local.get $w3) (local.get $k)))
        (v128.store (local.get $at) (madd (local.get $c13) (local.get $x1) (madd (local.get $c03) (local.get $x0) (v128.load (local.get $at)))))
        (br_if $cols (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $inStride))))
      (br_if $pairs (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 2))) (local.get $count))))
    (local.set $at (i32.add (local.get $bias) (local.get $j)))
    (v128.store (local.get $at) (madd (local.get $g) (local.get $neg) (v128.load (local.get $at))))
    (local.set $w0 (i32.add (local.get $w3) (local.get $inStride)))
    (br_if $rows (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 16))) (local.get $width)))))

;; Multiplies `bytes` bytes of floats at p by s (L2 weight decay: every weight, blank columns too).
(func $scale (param $p i32) (param $bytes i32) (param $s f32)
  (local $end i32) (local $sv v128)
  (local.set $end (i32.add (local.get $p) (local.get $bytes)))
  (local.set $sv (f32x4.splat (local.get $s)))
  (loop $each
    (v128.store (local.get $p) (f32x4.mul (v128.load (local.get $p)) (local.get $sv)))
    (br_if $each (i32.lt_u (local.tee $p (i32.add (local.get $p) (i32.const 16))) (local.get $end)))))
