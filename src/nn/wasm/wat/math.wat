;; Vector maths on f32x4: exponential, logarithm, the activations and their derivatives, and
;; horizontal reductions. (madd a b c) is a*b + c; (vec.f32 v) and (vec.i32 v) splat a constant
;; (macros expanded by scripts/build-wasm.ts).

;; e^x in four lanes (Cephes expf): x = n ln2 + r with |r| <= ln2 / 2, e^r from a degree-5
;; polynomial, 2^n written straight into the exponent bits. Relative error about 2e-7. The clamp
;; keeps n within [-126, 127], so 2^n is a normal float.
(func $exp4 (param $x v128) (result v128)
  (local $n v128) (local $r v128) (local $p v128)
  (local.set $x (f32x4.pmin (f32x4.pmax (local.get $x) (vec.f32 -87.3)) (vec.f32 88)))
  (local.set $n (f32x4.nearest (f32x4.mul (local.get $x) (vec.f32 1.44269504088896341))))
  ;; ln 2 in two parts: n * 0.693359375 is exact, so r keeps its low bits.
  (local.set $r (f32x4.sub (local.get $x) (f32x4.mul (local.get $n) (vec.f32 0.693359375))))
  (local.set $r (f32x4.add (local.get $r) (f32x4.mul (local.get $n) (vec.f32 2.12194440e-4))))
  (local.set $p (madd (vec.f32 1.9875691500e-4) (local.get $r) (vec.f32 1.3981999507e-3)))
  (local.set $p (madd (local.get $p) (local.get $r) (vec.f32 8.3334519073e-3)))
  (local.set $p (madd (local.get $p) (local.get $r) (vec.f32 4.1665795894e-2)))
  (local.set $p (madd (local.get $p) (local.get $r) (vec.f32 1.6666665459e-1)))
  (local.set $p (madd (local.get $p) (local.get $r) (vec.f32 5.0000001201e-1)))
  ;; e^r = 1 + r + r^2 p(r)
  (local.set $p (madd (local.get $p) (f32x4.mul (local.get $r) (local.get $r)) (f32x4.add (local.get $r) (vec.f32 1))))
  (f32x4.mul (local.get $p)
    (i32x4.shl (i32x4.add (i32x4.trunc_sat_f32x4_s (local.get $n)) (vec.i32 127)) (i32.const 23))))

;; ln x in four lanes for x > 0 (Cephes logf): x = m 2^e, ln m from a polynomial. Only the costs
;; use it, so it is off the hot path. NaN stays NaN, so that a diverged run's cost shows it (the
;; bit tricks below would turn NaN into a finite number).
(func $log4 (param $x v128) (result v128)
  (local $e v128) (local $m v128) (local $small v128) (local $z v128) (local $y v128) (local $nan v128)
  (local.set $nan (f32x4.ne (local.get $x) (local.get $x)))
  (local.set $x (f32x4.pmax (local.get $x) (vec.f32 1.17549435e-38)))
  (local.set $e (f32x4.convert_i32x4_s (i32x4.sub (i32x4.shr_u (local.get $x) (i32.const 23)) (vec.i32 126))))
  ;; m in [0.5, 1): the mantissa under the exponent of 0.5
  (local.set $m (v128.or (v128.and (local.get $x) (vec.i32 0x007fffff)) (vec.f32 0.5)))
  ;; Below sqrt(1/2) take 2m and e - 1, so the polynomial's argument m - 1 stays within about +-0.3.
  (local.set $small (f32x4.lt (local.get $m) (vec.f32 0.707106781186547524)))
  (local.set $e (f32x4.sub (local.get $e) (v128.and (local.get $small) (vec.f32 1))))
  (local.set $m (f32x4.sub (f32x4.add (local.get $m) (v128.and (local.get $small) (local.get $m))) (vec.f32 1)))
  (local.set $z (f32x4.mul (local.get $m) (local.get $m)))
  (local.set $y (madd (vec.f32 7.0376836292e-2) (local.get $m) (vec.f32 -1.1514610310e-1)))
  (local.set $y (madd (local.get $y) (local.get $m) (vec.f32 1.1676998740e-1)))
  (local.set $y (madd (local.get $y) (local.get $m) (vec.f32 -1.2420140846e-1)))
  (local.set $y (madd (local.get $y) (local.get $m) (vec.f32 1.4249322787e-1)))
  (local.set $y (madd (local.get $y) (local.get $m) (vec.f32 -1.6668057665e-1)))
  (local.set $y (madd (local.get $y) (local.get $m) (vec.f32 2.0000714765e-1)))
  (local.set $y (madd (local.get $y) (local.get $m) (vec.f32 -2.4999993993e-1)))
  (local.set $y (madd (local.get $y) (local.get $m) (vec.f32 3.3333331174e-1)))
  (local.set $y (f32x4.mul (f32x4.mul (local.get $y) (local.get $m)) (local.get $z)))
  (local.set $y (madd (local.get $e) (vec.f32 -2.12194440e-4) (local.get $y)))
  (local.set $y (madd (local.get $z) (vec.f32 -0.5) (local.get $y)))
  (v128.or (local.get $nan)
    (madd (local.get $e) (vec.f32 0.693359375) (f32x4.add (local.get $m) (local.get $y)))))

;; 1 / (1 + e^-z)
(func $sigmoid4 (param $z v128) (result v128)
  (f32x4.div (vec.f32 1) (f32x4.add (vec.f32 1) (call $exp4 (f32x4.neg (local.get $z))))))

;; Hidden activation: 0 sigmoid, 1 tanh, 2 ReLU, 3 none (the output layer's z, finished by $output).
(func $activate (param $z v128) (param $act i32) (result v128)
  (if (result v128) (i32.eqz (local.get $act))
    (then (call $sigmoid4 (local.get $z)))
    (else (if (result v128) (i32.eq (local.get $act) (i32.const 1))
      ;; tanh z = 1 - 2 / (e^2z + 1): one exponential, and it saturates cleanly to +-1.
      (then (f32x4.sub (vec.f32 1)
        (f32x4.div (vec.f32 2) (f32x4.add (call $exp4 (f32x4.add (local.get $z) (local.get $z))) (vec.f32 1)))))
      (else (if (result v128) (i32.eq (local.get $act) (i32.const 2))
        (then (f32x4.pmax (local.get $z) (vec.f32 0)))
        (else (local.get $z))))))))

;; delta * f'(z), with f' written in terms of a = f(z): sigmoid a(1 - a), tanh 1 - a^2, ReLU 1 where a > 0;
;; 3, none (below a dense layer sits a pooling layer): delta.
(func $derivative (param $delta v128) (param $a v128) (param $act i32) (result v128)
  (if (result v128) (i32.eqz (local.get $act))
    (then (f32x4.mul (local.get $delta) (f32x4.mul (local.get $a) (f32x4.sub (vec.f32 1) (local.get $a)))))
    (else (if (result v128) (i32.eq (local.get $act) (i32.const 1))
      (then (f32x4.mul (local.get $delta) (f32x4.sub (vec.f32 1) (f32x4.mul (local.get $a) (local.get $a)))))
      (else (if (result v128) (i32.eq (local.get $act) (i32.const 2))
        (then (v128.and (local.get $delta) (f32x4.gt (local.get $a) (vec.f32 0))))
        (else (local.get $delta))))))))

;; [sum s0, sum s1, sum s2, sum s3]: four dot products finished at once by a 4x4 transpose-add.
(func $reduce4 (param $s0 v128) (param $s1 v128) (param $s2 v128) (param $s3 v128) (result v128)
  (local $p v128) (local $q v128)
  ;; p = [s0.0 + s0.2, s1.0 + s1.2, s0.1 + s0.3, s1.1 + s1.3], q likewise for s2, s3
  (local.set $p (f32x4.add
    (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $s0) (local.get $s1))
    (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $s0) (local.get $s1))))
  (local.set $q (f32x4.add
    (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $s2) (local.get $s3))
    (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $s2) (local.get $s3))))
  (f32x4.add
    (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $p) (local.get $q))
    (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $p) (local.get $q))))

;; The sum of the four lanes.
(func $hsum (param $v v128) (result f32)
  (f32.add
    (f32.add (f32x4.extract_lane 0 (local.get $v)) (f32x4.extract_lane 1 (local.get $v)))
    (f32.add (f32x4.extract_lane 2 (local.get $v)) (f32x4.extract_lane 3 (local.get $v)))))

;; The largest of the four lanes.
(func $hmax (param $v v128) (result f32)
  (f32.max
    (f32.max (f32x4.extract_lane 0 (local.get $v)) (f32x4.extract_lane 1 (local.get $v)))
    (f32.max (f32x4.extract_lane 2 (local.get $v)) (f32x4.extract_lane 3 (local.get $v)))))

;; Lane i of the result is all ones where first + i < n: the lanes that hold real neurons.
(func $lanesBelow (param $first i32) (param $n i32) (result v128)
  (i32x4.lt_s (i32x4.add (i32x4.splat (local.get $first)) (v128.const i32x4 0 1 2 3)) (i32x4.splat (local.get $n))))
