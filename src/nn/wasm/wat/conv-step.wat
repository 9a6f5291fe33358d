;; The entry points of the convolutional network's engine (src/nn/conv/wasm-conv-engine.ts), which
;; runs the layers in order from TypeScript: the conv and pooling kernels export themselves
;; (conv.wat, pool.wat); these export the dense kernels, the output layer and the element-wise
;; steps. Buffers are [count][stride] with strides in bytes, multiples of 16, padding kept 0.

;; Z = f(A W^T + bias) for a fully connected layer; act 3 keeps z (the output layer).
(func (export "denseForward") (param $W i32) (param $bias i32) (param $A i32) (param $Z i32) (param $count i32)
  (param $inStride i32) (param $outStride i32) (param $nOut i32) (param $act i32)
  (call $forward (local.get $W) (local.get $bias) (local.get $A) (local.get $Z) (local.get $count)
    (local.get $inStride) (local.get $outStride) (local.get $nOut) (local.get $act)))

;; Dprev = (D W) * f'(Aprev); act 3: no activation below (a pooling layer), Dprev = D W.
(func (export "denseBackward") (param $W i32) (param $D i32) (param $Dprev i32) (param $Aprev i32) (param $count i32)
  (param $inStride i32) (param $outStride i32) (param $nOut i32) (param $act i32)
  (call $backward (local.get $W) (local.get $D) (local.get $Dprev) (local.get $Aprev) (local.get $count)
    (local.get $inStride) (local.get $outStride) (local.get $nOut) (local.get $act)))

;; W = decay W - rate D^T A, bias -= rate * sum of D, for the rows of W whose deltas lie at bytes
;; from .. to - 1 of each D row (multiples of 16: whole blocks of 4 rows; 0 .. outStride: all).
;; W is [outStride / 4][inStride / 4] floats. Several workers each update a share of the rows.
(func (export "denseUpdate") (param $W i32) (param $bias i32) (param $A i32) (param $D i32) (param $count i32)
  (param $inStride i32) (param $outStride i32) (param $from i32) (param $to i32) (param $rate f32) (param $decay f32)
  ;; Row block from / 16 starts at byte (from / 16) * 4 * inStride of W.
  (local.set $W (i32.add (local.get $W) (i32.mul (i32.shr_u (local.get $from) (i32.const 2)) (local.get $inStride))))
  (if (f32.ne (local.get $decay) (f32.const 1))
    (then (call $scale (local.get $W) (i32.mul (i32.shr_u (i32.sub (local.get $to) (local.get $from)) (i32.const 2)) (local.get $inStride)) (local.get $decay))))
  (call $updateRows (local.get $W) (i32.add (local.get $bias) (local.get $from)) (local.get $A) (i32.add (local.get $D) (local.get $from))
    (local.get $count) (local.get $inStride) (local.get $outStride) (i32.sub (local.get $to) (local.get $from)) (local.get $rate)))

;; The output layer for `count` examples (as "output"), each example's cost stored as an f64 at
;; costs + 8 b: their sum in order is the batch's cost, whichever threads computed which examples.
(func (export "outputEach") (param $Z i32) (param $D i32) (param $count i32) (param $stride i32) (param $nOut i32)
  (param $cost i32) (param $labels i32) (param $costs i32)
  (local $b i32)
  (loop $examples
    (f64.store (i32.add (local.get $costs) (i32.shl (local.get $b) (i32.const 3)))
      (call $output (i32.add (local.get $Z) (i32.mul (local.get $b) (local.get $stride))) (i32.add (local.get $D) (i32.mul (local.get $b) (local.get $stride)))
        (i32.const 1) (local.get $stride) (local.get $nOut) (local.get $cost) (i32.add (local.get $labels) (local.get $b))))
    (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count)))))

;; The output layer's activation, cost and deltas (output.wat); returns the summed cost.
(func (export "output") (param $Z i32) (param $D i32) (param $count i32) (param $stride i32) (param $nOut i32)
  (param $cost i32) (param $labels i32) (result f64)
  (call $output (local.get $Z) (local.get $D) (local.get $count) (local.get $stride) (local.get $nOut)
    (local.get $cost) (local.get $labels)))

;; D = D * f'(A) over `bytes` bytes: a conv layer's deltas, once they are dC/d(its output).
;; ReLU's written here (calls are not inlined everywhere, and this makes one per 4 values).
(func (export "derivativeRows") (param $D i32) (param $A i32) (param $bytes i32) (param $act i32)
  (local $k i32)
  (if (i32.eq (local.get $act) (i32.const 2))
    (then
      (loop $relu
        (v128.store (i32.add (local.get $D) (local.get $k))
          (v128.and (v128.load (i32.add (local.get $D) (local.get $k))) (f32x4.gt (v128.load (i32.add (local.get $A) (local.get $k))) (vec.f32 0))))
        (br_if $relu (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $bytes))))
      (return)))
  (loop $each
    (v128.store (i32.add (local.get $D) (local.get $k))
      (call $derivative (v128.load (i32.add (local.get $D) (local.get $k))) (v128.load (i32.add (local.get $A) (local.get $k))) (local.get $act)))
    (br_if $each (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $bytes)))))

;; Dropout forward: kept = A (for f'), then A = A * mask, over `bytes` bytes.
(func (export "applyMask") (param $A i32) (param $kept i32) (param $mask i32) (param $bytes i32)
  (local $k i32) (local $v v128)
  (loop $each
    (local.set $v (v128.load (i32.add (local.get $A) (local.get $k))))
    (v128.store (i32.add (local.get $kept) (local.get $k)) (local.get $v))
    (v128.store (i32.add (local.get $A) (local.get $k)) (f32x4.mul (local.get $v) (v128.load (i32.add (local.get $mask) (local.get $k)))))
    (br_if $each (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $bytes)))))

;; Dropout backward: D = D * mask over `bytes` bytes.
(func (export "maskDeltas") (param $D i32) (param $mask i32) (param $bytes i32)
  (local $k i32)
  (loop $each
    (v128.store (i32.add (local.get $D) (local.get $k))
      (f32x4.mul (v128.load (i32.add (local.get $D) (local.get $k))) (v128.load (i32.add (local.get $mask) (local.get $k)))))
    (br_if $each (i32.lt_u (local.tee $k (i32.add (local.get $k) (i32.const 16))) (local.get $bytes)))))
