(** Certified enclosures of the Hermite coefficients c_k = E[f(Z) He_k(Z)] / sqrt(k!), k <= 6, of the links tanh,
    erf, sigmoid and cos (MATH.md §2; [sgdx hermite --link 'tanh(z)'], default basis h). Each theorem holds for the
    integral over [-T, T] for every T >= cut = 11: Coq.Interval's [integral] bounds the folded integral over [0, 11],
    and [reduce] (Tails.v) bounds the two tails beyond 11 by [tail_eps] < 1e-17, which the stated bounds absorb; for
    erf, [erf_parts] first turns the integral into that of (2/sqrt pi) e^{-x^2} He_{k-1} phi, with a boundary term
    below [erf_boundary_eps] < 1e-15. The coefficients left out are exact: c_k = 0 for even k (tanh, erf: odd) and
    for odd k (cos: even), c_k = 0 for even k >= 2 and c_0 = 1/2 for sigmoid (sigmoid(x) - 1/2 is odd).

    The audit claim formal.enclosures reads the bounds from the statements below (one line each, in the form
    [Theorem NAME (T : R) : cut <= T -> LO <= coefficient LINK K T <= HI.]) and checks that the reference's
    estimates lie inside them. *)
From Coq Require Import Reals Lra Lia.
Set Warnings "-ambiguous-paths".
From Coquelicot Require Import Coquelicot.
From Interval Require Import Tactic.
From SGDX Require Import Tails.
Open Scope R_scope.

(** tanh_c1: c_1 of tanh. *)
Theorem tanh_c1 (T : R) : cut <= T -> 0.6057055096020723 <= coefficient tanh 1 T <= 0.6057055096022679.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded tanh 1) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact tanh_continuous | exact tanh_bound].
  - rewrite (RInt_ext _ (fun x => 2 * ((1 - exp (-2 * x)) / (1 + exp (-2 * x))) * x * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_tanh by first [lia | reflexivity]; rewrite (He_explicit_1 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 1%nat. unfold cut. integral with (i_relwidth 42, i_prec 53).
Qed.

(** tanh_c3: c_3 of tanh. *)
Theorem tanh_c3 (T : R) : cut <= T -> -0.1484371907873117 <= coefficient tanh 3 T <= -0.1484371907872341.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded tanh 3) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact tanh_continuous | exact tanh_bound].
  - rewrite (RInt_ext _ (fun x => 2 * ((1 - exp (-2 * x)) / (1 + exp (-2 * x))) * ((x * x - 3) * x) * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_tanh by first [lia | reflexivity]; rewrite (He_explicit_3 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 3%nat. unfold cut. integral with (i_relwidth 42, i_prec 53).
Qed.

(** tanh_c5: c_5 of tanh. *)
Theorem tanh_c5 (T : R) : cut <= T -> 0.06254752375269328 <= coefficient tanh 5 T <= 0.06254752375271349.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded tanh 5) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact tanh_continuous | exact tanh_bound].
  - rewrite (RInt_ext _ (fun x => 2 * ((1 - exp (-2 * x)) / (1 + exp (-2 * x))) * (((x * x - 10) * (x * x) + 15) * x) * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_tanh by first [lia | reflexivity]; rewrite (He_explicit_5 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 5%nat. unfold cut. integral with (i_relwidth 42, i_prec 53).
Qed.

(** erf_c1: c_1 of erf. *)
Theorem erf_c1 (T : R) : cut <= T -> 0.6514700158704658 <= coefficient erf 1 T <= 0.6514700158706504.
Proof.
  intros HT. unfold coefficient. rewrite (erf_parts 1 T) by lia. change (1 - 1)%nat with 0%nat.
  pose proof (reduce gauss 0 T ltac:(lia) HT gauss_continuous gauss_bound) as R1.
  pose proof (erf_boundary 1 T ltac:(lia) ltac:(unfold cut in HT; lra)) as B1. change (1 - 1)%nat with 0%nat in B1.
  assert (C : 0.5773502691895438 <= RInt (folded gauss 0) 0 cut <= 0.5773502691897046).
  { rewrite (RInt_ext _ (fun x => 2 * exp (- (x * x)) * 1 * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_gauss by first [lia | reflexivity]; rewrite (He_explicit_0 x);
          match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    unfold cut. integral with (i_relwidth 42, i_prec 53). }
  pose proof tail_eps_small. pose proof erf_boundary_eps_small.
  set (I := RInt (integrand gauss 0) (- T) T) in *. set (J := RInt (folded gauss 0) 0 cut) in *.
  set (Bv := erf T * (He 0 T * phi T) - erf (- T) * (He 0 (- T) * phi (- T))) in *.
  assert (HI : 0.5773502691895438 - 1e-17 <= I <= 0.5773502691897046 + 1e-17) by (apply Rabs_le_between' in R1; lra).
  assert (HB : -1e-15 <= Bv <= 1e-15) by (unfold Rabs in B1; destruct (Rcase_abs Bv); lra).
  fact_literal 1%nat. clearbody I J Bv. clear - HI HB. interval with (i_prec 80).
Qed.

(** erf_c3: c_3 of erf. *)
Theorem erf_c3 (T : R) : cut <= T -> -0.1773076801784659 <= coefficient erf 3 T <= -0.1773076801783644.
Proof.
  intros HT. unfold coefficient. rewrite (erf_parts 3 T) by lia. change (3 - 1)%nat with 2%nat.
  pose proof (reduce gauss 2 T ltac:(lia) HT gauss_continuous gauss_bound) as R1.
  pose proof (erf_boundary 3 T ltac:(lia) ltac:(unfold cut in HT; lra)) as B1. change (3 - 1)%nat with 2%nat in B1.
  assert (C : -0.3849001794598608 <= RInt (folded gauss 2) 0 cut <= -0.3849001794596430).
  { rewrite (RInt_ext _ (fun x => 2 * exp (- (x * x)) * (x * x - 1) * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_gauss by first [lia | reflexivity]; rewrite (He_explicit_2 x);
          match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    unfold cut. integral with (i_relwidth 42, i_prec 53). }
  pose proof tail_eps_small. pose proof erf_boundary_eps_small.
  set (I := RInt (integrand gauss 2) (- T) T) in *. set (J := RInt (folded gauss 2) 0 cut) in *.
  set (Bv := erf T * (He 2 T * phi T) - erf (- T) * (He 2 (- T) * phi (- T))) in *.
  assert (HI : -0.3849001794598608 - 1e-17 <= I <= -0.3849001794596430 + 1e-17) by (apply Rabs_le_between' in R1; lra).
  assert (HB : -1e-15 <= Bv <= 1e-15) by (unfold Rabs in B1; destruct (Rcase_abs Bv); lra).
  fact_literal 3%nat. clearbody I J Bv. clear - HI HB. interval with (i_prec 80).
Qed.

(** erf_c5: c_5 of erf. *)
Theorem erf_c5 (T : R) : cut <= T -> 0.07929440516233356 <= coefficient erf 5 T <= 0.07929440516235715.
Proof.
  intros HT. unfold coefficient. rewrite (erf_parts 5 T) by lia. change (5 - 1)%nat with 4%nat.
  pose proof (reduce gauss 4 T ltac:(lia) HT gauss_continuous gauss_bound) as R1.
  pose proof (erf_boundary 5 T ltac:(lia) ltac:(unfold cut in HT; lra)) as B1. change (5 - 1)%nat with 4%nat in B1.
  assert (C : 0.7698003589193878 <= RInt (folded gauss 4) 0 cut <= 0.7698003589196136).
  { rewrite (RInt_ext _ (fun x => 2 * exp (- (x * x)) * ((x * x - 6) * (x * x) + 3) * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_gauss by first [lia | reflexivity]; rewrite (He_explicit_4 x);
          match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    unfold cut. integral with (i_relwidth 42, i_prec 53). }
  pose proof tail_eps_small. pose proof erf_boundary_eps_small.
  set (I := RInt (integrand gauss 4) (- T) T) in *. set (J := RInt (folded gauss 4) 0 cut) in *.
  set (Bv := erf T * (He 4 T * phi T) - erf (- T) * (He 4 (- T) * phi (- T))) in *.
  assert (HI : 0.7698003589193878 - 1e-17 <= I <= 0.7698003589196136 + 1e-17) by (apply Rabs_le_between' in R1; lra).
  assert (HB : -1e-15 <= Bv <= 1e-15) by (unfold Rabs in B1; destruct (Rcase_abs Bv); lra).
  fact_literal 5%nat. clearbody I J Bv. clear - HI HB. interval with (i_prec 80).
Qed.

(** sigmoid_c1: c_1 of sigmoid. *)
Theorem sigmoid_c1 (T : R) : cut <= T -> 0.2066209641419050 <= coefficient sigmoid 1 T <= 0.2066209641419090.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded sigmoid 1) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact sigmoid_continuous | exact sigmoid_bound].
  - rewrite (RInt_ext _ (fun x => ((1 - exp (- x)) / (1 + exp (- x))) * x * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_sigmoid by first [lia | reflexivity]; rewrite (He_explicit_1 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 1%nat. unfold cut. integral with (i_relwidth 48, i_prec 70).
Qed.

(** sigmoid_c3: c_3 of sigmoid. *)
Theorem sigmoid_c3 (T : R) : cut <= T -> -0.02547325790732418 <= coefficient sigmoid 3 T <= -0.02547325790732268.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded sigmoid 3) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact sigmoid_continuous | exact sigmoid_bound].
  - rewrite (RInt_ext _ (fun x => ((1 - exp (- x)) / (1 + exp (- x))) * ((x * x - 3) * x) * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_sigmoid by first [lia | reflexivity]; rewrite (He_explicit_3 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 3%nat. unfold cut. integral with (i_relwidth 48, i_prec 70).
Qed.

(** sigmoid_c5: c_5 of sigmoid. *)
Theorem sigmoid_c5 (T : R) : cut <= T -> 0.005877060600013291 <= coefficient sigmoid 5 T <= 0.005877060600013589.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded sigmoid 5) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact sigmoid_continuous | exact sigmoid_bound].
  - rewrite (RInt_ext _ (fun x => ((1 - exp (- x)) / (1 + exp (- x))) * (((x * x - 10) * (x * x) + 15) * x) * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_sigmoid by first [lia | reflexivity]; rewrite (He_explicit_5 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 5%nat. unfold cut. integral with (i_relwidth 48, i_prec 70).
Qed.

(** cos_c0: c_0 of cos. *)
Theorem cos_c0 (T : R) : cut <= T -> 0.6065306597125778 <= coefficient cos 0 T <= 0.6065306597126909.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded cos 0) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact cos_continuous | exact cos_bound].
  - rewrite (RInt_ext _ (fun x => 2 * cos x * 1 * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_cos by first [lia | reflexivity]; rewrite (He_explicit_0 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 0%nat. unfold cut. integral with (i_relwidth 42, i_prec 53).
Qed.

(** cos_c2: c_2 of cos. *)
Theorem cos_c2 (T : R) : cut <= T -> -0.4288819424804123 <= coefficient cos 2 T <= -0.4288819424803026.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded cos 2) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact cos_continuous | exact cos_bound].
  - rewrite (RInt_ext _ (fun x => 2 * cos x * (x * x - 1) * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_cos by first [lia | reflexivity]; rewrite (He_explicit_2 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 2%nat. unfold cut. integral with (i_relwidth 42, i_prec 53).
Qed.

(** cos_c4: c_4 of cos. *)
Theorem cos_c4 (T : R) : cut <= T -> 0.1238075524707796 <= coefficient cos 4 T <= 0.1238075524708223.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded cos 4) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact cos_continuous | exact cos_bound].
  - rewrite (RInt_ext _ (fun x => 2 * cos x * ((x * x - 6) * (x * x) + 3) * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_cos by first [lia | reflexivity]; rewrite (He_explicit_4 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 4%nat. unfold cut. integral with (i_relwidth 42, i_prec 53).
Qed.

(** cos_c6: c_6 of cos. *)
Theorem cos_c6 (T : R) : cut <= T -> -0.02260406309259124 <= coefficient cos 6 T <= -0.02260406309258348.
Proof.
  intros HT. apply (finish _ _ _ (RInt (folded cos 6) 0 cut)).
  - apply sqrt_fact_ge_1.
  - apply reduce; [lia | exact HT | exact cos_continuous | exact cos_bound].
  - rewrite (RInt_ext _ (fun x => 2 * cos x * (((x * x - 15) * (x * x) + 45) * (x * x) - 15) * exp (- (x * x) / 2) / sqrt (2 * PI)))
      by (intros x _; rewrite folded_cos by first [lia | reflexivity]; rewrite (He_explicit_6 x); match goal with |- ?a = ?b => change (@eq R a b) end; ring).
    fact_literal 6%nat. unfold cut. integral with (i_relwidth 42, i_prec 53).
Qed.

(** Main: enclosures *)
(** All the enclosures above, for [Print Assumptions] (one traversal of the shared Interval library). *)
Definition enclosures := (tanh_c1, tanh_c3, tanh_c5, erf_c1, erf_c3, erf_c5, sigmoid_c1, sigmoid_c3, sigmoid_c5,
  cos_c0, cos_c2, cos_c4, cos_c6).


