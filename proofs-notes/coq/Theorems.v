(** * The exact results of MATH.md §2–§6 checked by the kernel.

    Every statement is semantic ([p ≡ q]: equal values everywhere, [peval]); proofs compute the two sides with
    [vm_compute] and use [peqb_sound]. The worked case is σ* = σ = He_3 with a = 1 (MATH.md §6). *)

From Coq Require Import QArith Qreals Reals List Bool Arith Lia Lra.
From SGDX Require Import Poly Gauss Rules.
Import ListNotations.
Open Scope Q_scope.

Ltac decide_peq := apply peqb_sound; vm_compute; reflexivity.

(** Main: hermite_orthogonality — E[He_j He_k] = k! δ_jk for j, k ≤ 12 (MATH.md §2). *)
Theorem hermite_orthogonality : forall j k, (j <= 12)%nat -> (k <= 12)%nat ->
  expect 0 (pmul (He j X) (He k X)) ≡ pconst (if (j =? k)%nat then qz (zfact k) else 0).
Proof.
  intros j k Hj Hk. apply peqb_sound.
  assert (H : all_upto 12 (fun j => all_upto 12 (fun k =>
            peqb (expect 0 (pmul (He j X) (He k X))) (pconst (if (j =? k)%nat then qz (zfact k) else 0)))) = true)
    by (vm_compute; reflexivity).
  exact (all_upto_spec _ _ (all_upto_spec _ _ H j Hj) k Hk).
Qed.

(** The right side of the product formula: Σ_{r=0}^{min(m,n)} C(m,r) C(n,r) r! He_{m+n−2r}. *)
Definition linearisation (m n : nat) : poly :=
  psum (Datatypes.S (Nat.min m n))
       (fun r => pscale (qz (binom m r * binom n r * zfact r)) (He (m + n - 2 * r) X)).

(** Main: hermite_product — He_m He_n = Σ_r C(m,r) C(n,r) r! He_{m+n−2r} for m, n ≤ 12 (MATH.md §2). *)
Theorem hermite_product : forall m n, (m <= 12)%nat -> (n <= 12)%nat ->
  pmul (He m X) (He n X) ≡ linearisation m n.
Proof.
  intros m n Hm Hn. apply peqb_sound.
  assert (H : all_upto 12 (fun m => all_upto 12 (fun n => peqb (pmul (He m X) (He n X)) (linearisation m n))) = true)
    by (vm_compute; reflexivity).
  exact (all_upto_spec _ _ (all_upto_spec _ _ H m Hm) n Hn).
Qed.

Definition H3 : poly := He 3 X.

(** Main: he3_squared — He_3² = He_6 + 9 He_4 + 18 He_2 + 6 (MATH.md §6). *)
Theorem he3_squared :
  pmul H3 H3 ≡ padd (He 6 X) (padd (pscale 9 (He 4 X)) (padd (pscale 18 (He 2 X)) (pconst 6))).
Proof. decide_peq. Qed.

(** Main: he3_coefficients — u_2(He_3²) = 18 and u_1(He_3³) = 324 (MATH.md §6). *)
Theorem he3_coefficients : u 2 (ppow H3 2) ≡ pconst 18 /\ u 1 (ppow H3 3) ≡ pconst 324.
Proof. split; decide_peq. Qed.

(** Main: he3_power_exponents — IE(He_3^k) = 3, 2, 1 for k = 1, 2, 3 (MATH.md §3, §6). *)
Theorem he3_power_exponents :
  information_exponent (ppow H3 1) 3 /\ information_exponent (ppow H3 2) 2 /\ information_exponent (ppow H3 3) 1.
Proof. refine (conj _ (conj _ _)); apply ie_check_sound; vm_compute; reflexivity. Qed.

(** ** Drift coefficients μ_i for σ* = σ = He_3, a = 1 (MATH.md §5, drift-and-update-rules.md §2) *)

Definition psi3 (alg : algorithm) (l : loss) : poly := psi alg l 1 H3.

(** Main: online_mu — online SGD, both losses: μ_3 = 3 and μ_i = 0 for every other i ≤ 12. *)
Theorem online_mu : forall l i, (i <= 12)%nat ->
  mu (psi3 Online l) H3 i ≡ pconst (if (i =? 3)%nat then 3 else 0).
Proof.
  intros l i Hi. apply peqb_sound.
  destruct l; refine (all_upto_spec 12 (fun i => peqb (mu (psi3 Online _) H3 i) _) _ i Hi);
    vm_compute; reflexivity.
Qed.

(** Main: alternating_mu2 — alternating SGD: μ_2 = 324η (correlation loss), 324η − 215784η² (squared loss). *)
Theorem alternating_mu2 :
  mu (psi3 Alternating Correlation) H3 2 ≡ pscale 324 ETA /\
  mu (psi3 Alternating Squared) H3 2 ≡ padd (pscale 324 ETA) (pscale (-215784) (pmul ETA ETA)).
Proof. split; decide_peq. Qed.

(** Main: reuse_mu — batch reuse (plain inner step, s = ηd), correlation loss: μ_1 = 17496 s², μ_2 = 648 s,
    μ_3 = 3 + 60264 s²; squared loss: the same leading terms of the full polynomials
    μ_1 = 17496 s² − 17006112 s³ + 8465264640 s⁴ − 2542867240320 s⁵ and
    μ_2 = 648 s − 367416 s² + 247428432 s³ − 151039468800 s⁴ + 46670326657920 s⁵. *)
Theorem reuse_mu :
  mu (psi3 Reuse Correlation) H3 1 ≡ pscale 17496 (ppow S 2) /\
  mu (psi3 Reuse Correlation) H3 2 ≡ pscale 648 S /\
  mu (psi3 Reuse Correlation) H3 3 ≡ padd (pconst 3) (pscale 60264 (ppow S 2)) /\
  mu (psi3 Reuse Squared) H3 1 ≡ padd (pscale 17496 (ppow S 2)) (padd (pscale (-17006112) (ppow S 3))
                                   (padd (pscale 8465264640 (ppow S 4)) (pscale (-2542867240320) (ppow S 5)))) /\
  mu (psi3 Reuse Squared) H3 2 ≡ padd (pscale 648 S) (padd (pscale (-367416) (ppow S 2))
                                   (padd (pscale 247428432 (ppow S 3)) (padd (pscale (-151039468800) (ppow S 4))
                                   (pscale 46670326657920 (ppow S 5))))).
Proof. repeat split; decide_peq. Qed.

(** ** The drift identity E[ψ(σ*(u), z)(u − m z)] = Σ_i i! μ_i m^{i−1}(1 − m²) (MATH.md §4)

    Stated for every value of (m, c) with c² = 1 − m², i.e. u = m z + √(1 − m²) v, and every value of η, s. *)

Definition drift_expectation (ps sstar : poly) : poly :=
  expect 1 (expect 0 (pmul (subst 6 (at_ sstar U) ps) (psub U (pmul M X)))).

Lemma drift_identity_of : forall ps sstar n, peqb (drift_lhs ps sstar) (drift ps sstar n) = true ->
  forall env, (env 3%nat ^ 2 = 1 - env 2%nat ^ 2)%R ->
  peval env (drift_expectation ps sstar) = peval env (drift ps sstar n).
Proof.
  intros ps sstar n H env Hc. rewrite <- (peqb_sound _ _ H env). unfold drift_lhs.
  rewrite reduce_c_sound by exact Hc. reflexivity.
Qed.

(** Main: drift_identity_he3 — for σ* = σ = He_3, a = 1, all three algorithms and both losses (μ_i = 0 for i > 12). *)
Theorem drift_identity_he3 : forall alg l env, (env 3%nat ^ 2 = 1 - env 2%nat ^ 2)%R ->
  peval env (drift_expectation (psi3 alg l) H3) = peval env (drift (psi3 alg l) H3 12).
Proof.
  intros alg l. apply drift_identity_of. destruct alg, l; vm_compute; reflexivity.
Qed.

(** The kinks of the min-formula are in [Kinks]. *)
