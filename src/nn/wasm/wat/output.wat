;; The output layer: its activation, the cost against the one-hot label and the delta dC/dz.
;; cost: 0 quadratic (sigmoid), 1 cross-entropy (sigmoid), 2 log-likelihood (softmax).

;; Z holds the output layer's z, [count][stride] (stride in bytes); it is overwritten with the
;; activations, and D with dC/dz. Returns the summed cost of the examples.
(func $output (param $Z i32) (param $D i32) (param $count i32) (param $stride i32) (param $nOut i32)
  (param $cost i32) (param $labels i32) (result f64)
  (local $b i32) (local $row i32) (local $drow i32) (local $k i32) (local $label i32)
  (local $sum f32) (local $total f64)
  (local $valid v128) (local $isLabel v128) (local $y v128) (local $a v128) (local $d v128) (local $p v128)
  (local $m v128) (local $s v128) (local $c v128)
  (loop $examples
    (local.set $row (i32.add (local.get $Z) (i32.mul (local.get $b) (local.get $stride))))
    (local.set $drow (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $stride))))
    (local.set $label (i32.load8_u (i32.add (local.get $labels) (local.get $b))))
    (if (i32.eq (local.get $cost) (i32.const 2))
      (then
        ;; Softmax: subtracting the largest z keeps e^z from overflowing; the result is unchanged.
        (local.set $m (vec.f32 -inf))
        (local.set $k (i32.const 0))
        (loop $max
          (local.set $m (f32x4.pmax (local.get $m) (v128.bitselect (v128.load (i32.add (local.get $row) (local.get $k)))
            (vec.f32 -inf) (call $lanesBelow (i32.shr_u (local.get $k) (i32.const 2)) (local.get $nOut)))))
          (br_if $max (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $stride))))
        (local.set $m (f32x4.splat (call $hmax (local.get $m))))
        (local.set $s (vec.i32 0))
        (local.set $k (i32.const 0))
        (loop $exp
          (local.set $a (v128.and (call $lanesBelow (i32.shr_u (local.get $k) (i32.const 2)) (local.get $nOut))
            (call $exp4 (f32x4.sub (v128.load (i32.add (local.get $row) (local.get $k))) (local.get $m)))))
          (v128.store (i32.add (local.get $row) (local.get $k)) (local.get $a))
          (local.set $s (f32x4.add (local.get $s) (local.get $a)))
          (br_if $exp (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $stride))))
        (local.set $s (f32x4.splat (call $hsum (local.get $s))))
        (local.set $k (i32.const 0))
        (loop $normalise
          (local.set $a (f32x4.div (v128.load (i32.add (local.get $row) (local.get $k))) (local.get $s)))
          (v128.store (i32.add (local.get $row) (local.get $k)) (local.get $a))
          ;; log-likelihood with softmax: dC/dz = a - y
          (v128.store (i32.add (local.get $drow) (local.get $k)) (f32x4.sub (local.get $a)
            (call $oneHot (i32.shr_u (local.get $k) (i32.const 2)) (local.get $label))))
          (br_if $normalise (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $stride))))
        ;; C = -ln a[label], the probability floored at 1e-12 so that the cost stays finite.
        (local.set $total (f64.sub (local.get $total) (f64.promote_f32 (f32x4.extract_lane 0
          (call $log4 (f32x4.pmax (v128.load32_splat (i32.add (local.get $row) (i32.shl (local.get $label) (i32.const 2))))
            (vec.f32 1e-12))))))))
      (else
        (local.set $c (vec.i32 0))
        (local.set $k (i32.const 0))
        (loop $lanes
          (local.set $valid (call $lanesBelow (i32.shr_u (local.get $k) (i32.const 2)) (local.get $nOut)))
          (local.set $y (call $oneHot (i32.shr_u (local.get $k) (i32.const 2)) (local.get $label)))
          (local.set $isLabel (f32x4.eq (local.get $y) (vec.f32 1)))
          (local.set $a (v128.and (local.get $valid) (call $sigmoid4 (v128.load (i32.add (local.get $row) (local.get $k))))))
          (v128.store (i32.add (local.get $row) (local.get $k)) (local.get $a))
          (local.set $d (f32x4.sub (local.get $a) (local.get $y)))
          (if (i32.eqz (local.get $cost))
            (then
              ;; Quadratic: C = sum (a - y)^2 / 2, and dC/dz keeps sigma'(z) = a(1 - a).
              (local.set $c (madd (f32x4.mul (local.get $d) (vec.f32 0.5)) (local.get $d) (local.get $c)))
              (local.set $d (f32x4.mul (local.get $d) (f32x4.mul (local.get $a) (f32x4.sub (vec.f32 1) (local.get $a))))))
            (else
              ;; Cross-entropy: C = -sum y ln a + (1 - y) ln(1 - a), with a >= 1e-12 and 1 - a >= 1e-7
              ;; (as activation.ts clamps) so that a saturated neuron costs a large finite amount;
              ;; dC/dz = a - y.
              (local.set $p (v128.bitselect (f32x4.pmax (local.get $a) (vec.f32 1e-12))
                (f32x4.pmax (f32x4.sub (vec.f32 1) (local.get $a)) (vec.f32 1e-7)) (local.get $isLabel)))
              (local.set $c (f32x4.sub (local.get $c) (v128.and (local.get $valid) (call $log4 (local.get $p)))))))
          (v128.store (i32.add (local.get $drow) (local.get $k)) (local.get $d))
          (br_if $lanes (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $stride))))
        (local.set $total (f64.add (local.get $total) (f64.promote_f32 (call $hsum (local.get $c)))))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
  (local.get $total))

;; Lane i is 1 where first + i is the label, else 0.
(func $oneHot (param $first i32) (param $label i32) (result v128)
  (v128.and (vec.f32 1) (i32x4.eq (i32x4.add (i32x4.splat (local.get $first)) (v128.const i32x4 0 1 2 3))
    (i32x4.splat (local.get $label)))))
