;; Forms a mini-batch from images that stay bytes in memory (784 bytes each, 16-byte aligned).

;; ptrs: [count] i32 addresses of the examples' images. Writes the inputs, scaled to [0, 1], to A
;; ([count][784] f32) and lists at `active` (room for 784 i32) the pixels with ink in some
;; example, as byte offsets in a row of A; returns how many. Needs count >= 1.
(func $gather (param $ptrs i32) (param $count i32) (param $A i32) (param $active i32) (result i32)
  (local $c i32) (local $b i32) (local $n i32) (local $bits i32) (local $src i32) (local $dst i32)
  (local $ink v128) (local $v v128) (local $lo v128) (local $hi v128) (local $touched i32)
  ;; Pass 0 touches every cache line of every image (scattered in a 40 MB set) with independent
  ;; loads, so that their misses are in flight together rather than one after another.
  (loop $images
    (local.set $src (i32.load (i32.add (local.get $ptrs) (i32.shl (local.get $b) (i32.const 2)))))
    (local.set $touched (i32.or (local.get $touched) (i32.or (i32.or
      (i32.or (i32.or (i32.load8_u offset=0 (local.get $src)) (i32.load8_u offset=64 (local.get $src)))
              (i32.or (i32.load8_u offset=128 (local.get $src)) (i32.load8_u offset=192 (local.get $src))))
      (i32.or (i32.or (i32.load8_u offset=256 (local.get $src)) (i32.load8_u offset=320 (local.get $src)))
              (i32.or (i32.load8_u offset=384 (local.get $src)) (i32.load8_u offset=448 (local.get $src)))))
      (i32.or
        (i32.or (i32.or (i32.load8_u offset=512 (local.get $src)) (i32.load8_u offset=576 (local.get $src)))
                (i32.or (i32.load8_u offset=640 (local.get $src)) (i32.load8_u offset=704 (local.get $src))))
        (i32.or (i32.load8_u offset=768 (local.get $src)) (i32.load8_u offset=783 (local.get $src)))))))
    (br_if $images (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
  ;; Stored, so that no compiler can drop the loads as dead.
  (i32.store (i32.const 0) (local.get $touched))
  ;; Pass 1, 16 pixels at a time: bytes to floats in [0, 1] (1/255 folded into one constant; the
  ;; signed conversion is one instruction on x64, where the unsigned one takes nine, and bytes
  ;; are positive), and which of the pixels hold ink in some example.
  (local.set $c (i32.const 0))
  (loop $chunks
    (local.set $ink (vec.i32 0))
    (local.set $b (i32.const 0))
    (local.set $dst (i32.add (local.get $A) (i32.shl (local.get $c) (i32.const 2))))
    (loop $examples
      (local.set $v (v128.load (i32.add (i32.load (i32.add (local.get $ptrs) (i32.shl (local.get $b) (i32.const 2)))) (local.get $c))))
      (local.set $ink (v128.or (local.get $ink) (local.get $v)))
      (local.set $lo (i16x8.extend_low_i8x16_u (local.get $v)))
      (local.set $hi (i16x8.extend_high_i8x16_u (local.get $v)))
      (v128.store offset=0 (local.get $dst)
        (f32x4.mul (f32x4.convert_i32x4_s (i32x4.extend_low_i16x8_u (local.get $lo))) (vec.f32 0.00392156862745098)))
      (v128.store offset=16 (local.get $dst)
        (f32x4.mul (f32x4.convert_i32x4_s (i32x4.extend_high_i16x8_u (local.get $lo))) (vec.f32 0.00392156862745098)))
      (v128.store offset=32 (local.get $dst)
        (f32x4.mul (f32x4.convert_i32x4_s (i32x4.extend_low_i16x8_u (local.get $hi))) (vec.f32 0.00392156862745098)))
      (v128.store offset=48 (local.get $dst)
        (f32x4.mul (f32x4.convert_i32x4_s (i32x4.extend_high_i16x8_u (local.get $hi))) (vec.f32 0.00392156862745098)))
      (local.set $dst (i32.add (local.get $dst) (i32.const 3136)))
      (br_if $examples (i32.lt_u (local.tee $b (i32.add (local.get $b) (i32.const 1))) (local.get $count))))
    ;; Bit i: pixel c + i has ink in some example. The list gets 4 * pixel, its offset in a row of A.
    (local.set $bits (i8x16.bitmask (i8x16.ne (local.get $ink) (vec.i32 0))))
    (block $listed
      (loop $each
        (br_if $listed (i32.eqz (local.get $bits)))
        (i32.store (i32.add (local.get $active) (i32.shl (local.get $n) (i32.const 2)))
          (i32.shl (i32.add (local.get $c) (i32.ctz (local.get $bits))) (i32.const 2)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
        (br $each)))
    (br_if $chunks (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 16))) (i32.const 784))))
  (local.get $n))
