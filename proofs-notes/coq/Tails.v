(** Gaussian integrals of bounded links against Hermite polynomials, on the whole line, from proper integrals:
    the definitions and lemmas behind the interval certificates of Enclosures.v (MATH.md §2, proofs-notes/coq/README.md).

    For a continuous link f with |f| <= 1 and k <= 6, [coefficient f k T] is c_k = E[f(Z) He_k(Z)] / sqrt(k!)
    restricted to [-T, T]. [reduce] bounds its distance to the proper integral of the folded integrand
    f(x) He_k(x) phi(x) + f(-x) He_k(-x) phi(-x) over [0, cut] by [tail_eps] < 1e-17 for every T >= cut = 11:
    for x >= 1, |He_k(x)| <= 76 x^7 and phi(x) <= e^{-x^2/2}, and x^7 e^{-x^2/2} has the antiderivative
    -(x^6 + 6x^4 + 24x^2 + 48) e^{-x^2/2}. Enclosures.v bounds the proper integral with Interval's [integral].

    erf (x) = (2/sqrt pi) \int_0^x e^{-t^2} dt, which Interval cannot evaluate, goes through Stein's identity on
    [-T, T] ([erf_parts], an integration by parts): the integral of erf He_k phi is (2/sqrt pi) times that of
    e^{-x^2} He_{k-1} phi (a link bounded by 1, to which [reduce] applies) minus the boundary term
    erf He_{k-1} phi at T and -T, at most [erf_boundary_eps] < 1e-15 for T >= 11 ([erf_boundary]: |erf x| <= 2|x|
    and x^8 e^{-x^2/2} decreases beyond sqrt 8). *)
From Coq Require Import Reals Lra Lia.
Set Warnings "-ambiguous-paths".
From Coquelicot Require Import Coquelicot.
From Interval Require Import Tactic.
Open Scope R_scope.

(** The standard Gaussian density. *)
Definition phi (x : R) : R := exp (- (x * x) / 2) / sqrt (2 * PI).

(** Probabilists' Hermite polynomials by their recurrence He_{n+2} = x He_{n+1} - (n+1) He_n, He_0 = 1, He_1 = x:
    [He_pair n x = (He_n x, He_{n+1} x)]. *)
Fixpoint He_pair (n : nat) (x : R) : R * R :=
  match n with
  | O => (1, x)
  | S m => let p := He_pair m x in (snd p, x * snd p - INR n * fst p)
  end.

Definition He (n : nat) (x : R) : R := fst (He_pair n x).

Lemma He_explicit (x : R) :
  He 0 x = 1 /\ He 1 x = x /\ He 2 x = x ^ 2 - 1 /\ He 3 x = x ^ 3 - 3 * x /\
  He 4 x = x ^ 4 - 6 * x ^ 2 + 3 /\ He 5 x = x ^ 5 - 10 * x ^ 3 + 15 * x /\
  He 6 x = x ^ 6 - 15 * x ^ 4 + 45 * x ^ 2 - 15.
Proof. unfold He; simpl; repeat split; ring. Qed.

Lemma He_explicit_0 (x : R) : He 0 x = 1.
Proof. apply He_explicit. Qed.
Lemma He_explicit_1 (x : R) : He 1 x = x.
Proof. apply He_explicit. Qed.
Lemma He_explicit_2 (x : R) : He 2 x = x * x - 1.
Proof. rewrite (proj1 (proj2 (proj2 (He_explicit x)))). ring. Qed.
Lemma He_explicit_3 (x : R) : He 3 x = (x * x - 3) * x.
Proof. rewrite (proj1 (proj2 (proj2 (proj2 (He_explicit x))))). ring. Qed.
Lemma He_explicit_4 (x : R) : He 4 x = (x * x - 6) * (x * x) + 3.
Proof. rewrite (proj1 (proj2 (proj2 (proj2 (proj2 (He_explicit x)))))). ring. Qed.
Lemma He_explicit_5 (x : R) : He 5 x = ((x * x - 10) * (x * x) + 15) * x.
Proof. rewrite (proj1 (proj2 (proj2 (proj2 (proj2 (proj2 (He_explicit x))))))). ring. Qed.
Lemma He_explicit_6 (x : R) : He 6 x = ((x * x - 15) * (x * x) + 45) * (x * x) - 15.
Proof. rewrite (proj2 (proj2 (proj2 (proj2 (proj2 (proj2 (He_explicit x))))))). ring. Qed.

Lemma He_continuous (n : nat) (x : R) : continuous (He n) x.
Proof.
  apply continuity_pt_filterlim.
  assert (H : continuity_pt (fun y => fst (He_pair n y)) x /\ continuity_pt (fun y => snd (He_pair n y)) x).
  { induction n as [|m [IH1 IH2]]; simpl.
    - split; [apply continuity_pt_const; intros a b; reflexivity | apply continuity_pt_id].
    - split; [exact IH2 |].
      apply (continuity_pt_minus (fun y => y * snd (He_pair m y)) (fun y => INR (S m) * fst (He_pair m y))).
      + apply (continuity_pt_mult (fun y => y)); [apply continuity_pt_id | exact IH2].
      + apply (continuity_pt_mult (fun _ => INR (S m))); [apply continuity_pt_const; intros a b; reflexivity | exact IH1]. }
  exact (proj1 H).
Qed.

Lemma phi_continuous (x : R) : continuous phi x.
Proof.
  apply (ex_derive_continuous (K := R_AbsRing) (V := R_NormedModule)). unfold phi. auto_derive. exact I.
Qed.

Lemma sqrt_2PI_ge_1 : 1 <= sqrt (2 * PI).
Proof. interval. Qed.

Lemma ex_RInt_cont (f : R -> R) (a b : R) : (forall x, continuous f x) -> ex_RInt f a b.
Proof. intros H. apply (ex_RInt_continuous (V := R_CompleteNormedModule)). intros z _. apply H. Qed.

(** The integral over [-T, T] folded onto [0, T]. *)
Lemma RInt_symmetric (f : R -> R) (T : R) :
  (forall x, continuous f x) -> RInt f (- T) T = RInt (fun x => f x + f (- x)) 0 T.
Proof.
  intros Hf.
  assert (Hopp : forall x, continuous (fun y => f (- y)) x).
  { intros x. apply (continuous_comp (fun y => - y) f).
    - apply continuity_pt_filterlim, continuity_pt_opp, continuity_pt_id.
    - apply Hf. }
  assert (A : RInt f (- T) 0 = RInt (fun y => f (- y)) 0 T).
  { pose proof (RInt_comp_lin f (-1) 0 0 T (ex_RInt_cont _ _ _ Hf)) as L.
    replace (-1 * 0 + 0) with 0 in L by ring. replace (-1 * T + 0) with (- T) in L by ring.
    rewrite (RInt_ext _ (fun y => opp (f (- y)))) in L.
    2: { intros x _. replace (-1 * x + 0) with (- x) by ring. change (-1 * f (- x) = - f (- x)). ring. }
    rewrite (RInt_opp (V := R_CompleteNormedModule)) in L by (apply ex_RInt_cont; exact Hopp).
    rewrite <- (opp_RInt_swap (V := R_CompleteNormedModule)) by (apply ex_RInt_cont; exact Hf).
    rewrite <- L. apply opp_opp. }
  rewrite <- (RInt_Chasles f (- T) 0 T) by (apply ex_RInt_cont; exact Hf).
  replace (RInt (fun x => f x + f (- x)) 0 T) with (plus (RInt f 0 T) (RInt (fun y => f (- y)) 0 T)).
  - rewrite A. apply plus_comm.
  - symmetry. apply (RInt_plus (V := R_CompleteNormedModule) f (fun y => f (- y)));
      apply ex_RInt_cont; assumption.
Qed.

(** The Gaussian tail: ∫_R^T x^7 e^{-x²/2} dx <= (R^6 + 6R^4 + 24R^2 + 48) e^{-R²/2}, the antiderivative being
    -(x^6 + 6x^4 + 24x^2 + 48) e^{-x²/2}. *)
Definition tail_poly (x : R) : R := x ^ 6 + 6 * x ^ 4 + 24 * x ^ 2 + 48.

Lemma tail_bound (h : R -> R) (C R0 T : R) :
  0 <= C -> R0 <= T -> (forall x, continuous h x) ->
  (forall x, R0 <= x -> Rabs (h x) <= C * (x ^ 7 * exp (- (x * x) / 2))) ->
  Rabs (RInt h R0 T) <= C * (tail_poly R0 * exp (- (R0 * R0) / 2)).
Proof.
  intros HC HT Hh Hb.
  set (g := fun x => C * (x ^ 7 * exp (- (x * x) / 2))).
  set (G := fun x => - C * (tail_poly x * exp (- (x * x) / 2))).
  assert (Hg : forall x, continuous g x).
  { intros x. apply (ex_derive_continuous (K := R_AbsRing) (V := R_NormedModule)). unfold g. auto_derive. exact I. }
  assert (HG : is_RInt g R0 T (minus (G T) (G R0))).
  { apply (is_RInt_derive (V := R_CompleteNormedModule)).
    - intros x _. unfold G, g, tail_poly. auto_derive; [exact I |]. match goal with |- ?a = ?b => change (@eq R a b) end. unfold Rdiv. field.
    - intros x _. apply Hg. }
  assert (Habs : forall x, continuous (fun t => Rabs (h t)) x).
  { intros x. apply (continuous_comp h Rabs); [apply Hh | apply continuous_Rabs]. }
  apply Rle_trans with (RInt (fun t => Rabs (h t)) R0 T).
  { apply abs_RInt_le; [exact HT | apply ex_RInt_cont, Hh]. }
  apply Rle_trans with (RInt g R0 T).
  { apply RInt_le; [exact HT | apply ex_RInt_cont, Habs | apply ex_RInt_cont, Hg |].
    intros x [Hx _]. apply Hb. lra. }
  rewrite (is_RInt_unique _ _ _ _ HG). unfold G, minus, plus, opp; simpl.
  assert (0 <= C * (tail_poly T * exp (- (T * T) / 2))).
  { apply Rmult_le_pos; [exact HC | apply Rmult_le_pos; [| apply Rlt_le, exp_pos]].
    unfold tail_poly. nra. }
  lra.
Qed.

Lemma He_reflect (k : nat) (x : R) : (k <= 6)%nat -> He k (- x) = (-1) ^ k * He k x.
Proof. intros Hk. do 7 (destruct k as [|k]; [unfold He; simpl; ring |]). lia. Qed.

Lemma He_bound (k : nat) (x : R) : (k <= 6)%nat -> 1 <= x -> Rabs (He k x) <= 76 * x ^ 7.
Proof.
  intros Hk Hx.
  assert (P : forall j, (j <= 7)%nat -> 0 <= x ^ j <= x ^ 7).
  { intros j Hj. split; [apply pow_le; lra | apply Rle_pow; [lra | exact Hj]]. }
  pose proof (P 0%nat ltac:(lia)). pose proof (P 1%nat ltac:(lia)). pose proof (P 2%nat ltac:(lia)).
  pose proof (P 3%nat ltac:(lia)). pose proof (P 4%nat ltac:(lia)). pose proof (P 5%nat ltac:(lia)).
  pose proof (P 6%nat ltac:(lia)). simpl pow in *. rewrite Rmult_1_r in *.
  destruct (He_explicit x) as (E0 & E1 & E2 & E3 & E4 & E5 & E6).
  apply Rabs_le.
  do 7 (destruct k as [|k]; [rewrite ?E0, ?E1, ?E2, ?E3, ?E4, ?E5, ?E6; simpl pow; split; nra |]). lia.
Qed.

(** The links. [tanh] and [cos] are those of the standard library ([tanh x = sinh x / cosh x]). *)
Definition sigmoid (x : R) : R := / (1 + exp (- x)).

Lemma tanh_bound (x : R) : Rabs (tanh x) <= 1.
Proof.
  unfold tanh, sinh, cosh. pose proof (exp_pos x). pose proof (exp_pos (- x)).
  replace ((exp x - exp (- x)) / 2 / ((exp x + exp (- x)) / 2)) with ((exp x - exp (- x)) / (exp x + exp (- x)))
    by (field; lra).
  apply Rabs_le. split.
  - apply (Rmult_le_reg_r (exp x + exp (- x))); [lra |]. unfold Rdiv. rewrite Rmult_assoc, Rinv_l; lra.
  - apply (Rmult_le_reg_r (exp x + exp (- x))); [lra |]. unfold Rdiv. rewrite Rmult_assoc, Rinv_l; lra.
Qed.

Lemma sigmoid_bound (x : R) : Rabs (sigmoid x) <= 1.
Proof.
  unfold sigmoid. pose proof (exp_pos (- x)). apply Rabs_le. split.
  - pose proof (Rinv_0_lt_compat (1 + exp (- x))). lra.
  - apply (Rmult_le_reg_r (1 + exp (- x))); [lra |]. rewrite Rinv_l; lra.
Qed.

Lemma cos_bound (x : R) : Rabs (cos x) <= 1.
Proof. apply Rabs_le. apply COS_bound. Qed.

Lemma tanh_continuous (x : R) : continuous tanh x.
Proof.
  apply (ex_derive_continuous (K := R_AbsRing) (V := R_NormedModule)). unfold tanh, sinh, cosh. auto_derive.
  pose proof (exp_pos x). pose proof (exp_pos (- x)). lra.
Qed.

Lemma sigmoid_continuous (x : R) : continuous sigmoid x.
Proof.
  apply (ex_derive_continuous (K := R_AbsRing) (V := R_NormedModule)). unfold sigmoid. auto_derive.
  pose proof (exp_pos (- x)). lra.
Qed.

Lemma cos_continuous (x : R) : continuous cos x.
Proof. apply (ex_derive_continuous (K := R_AbsRing) (V := R_NormedModule)). auto_derive. exact I. Qed.

(** [E[f(Z) He_k(Z)]] restricted to [-T, T], and [c_k = E[f(Z) He_k(Z)] / sqrt(k!)] (MATH.md §2). *)
Definition integrand (f : R -> R) (k : nat) (x : R) : R := f x * He k x * phi x.
Definition folded (f : R -> R) (k : nat) (x : R) : R := integrand f k x + integrand f k (- x).
Definition coefficient (f : R -> R) (k : nat) (T : R) : R := RInt (integrand f k) (- T) T / sqrt (INR (fact k)).

(** The cut-off and the bound on the two tails beyond it. *)
Definition cut : R := 11.
Definition tail_eps : R := 152 * (tail_poly cut * exp (- (cut * cut) / 2)).

Lemma tail_eps_small : 0 <= tail_eps <= 1e-17.
Proof. unfold tail_eps, tail_poly, cut. split; interval. Qed.

Lemma integrand_continuous (f : R -> R) (k : nat) (x : R) :
  (forall y, continuous f y) -> continuous (integrand f k) x.
Proof.
  intros Hf. apply continuity_pt_filterlim. unfold integrand.
  apply (continuity_pt_mult (fun y => f y * He k y) phi).
  - apply (continuity_pt_mult f (He k)); apply continuity_pt_filterlim; [apply Hf | apply He_continuous].
  - apply continuity_pt_filterlim, phi_continuous.
Qed.

Lemma reduce (f : R -> R) (k : nat) (T : R) :
  (k <= 6)%nat -> cut <= T -> (forall x, continuous f x) -> (forall x, Rabs (f x) <= 1) ->
  Rabs (RInt (integrand f k) (- T) T - RInt (folded f k) 0 cut) <= tail_eps.
Proof.
  intros Hk HT Hf Hb.
  pose proof (integrand_continuous f k) as Hg.
  assert (Hh : forall x, continuous (folded f k) x).
  { intros x. apply continuity_pt_filterlim. unfold folded.
    apply (continuity_pt_plus (integrand f k) (fun y => integrand f k (- y))).
    - apply continuity_pt_filterlim, Hg, Hf.
    - apply continuity_pt_filterlim.
      apply (continuous_comp (fun y => - y) (integrand f k)).
      + apply continuity_pt_filterlim, continuity_pt_opp, continuity_pt_id.
      + apply Hg, Hf. }
  rewrite RInt_symmetric by (intros; apply Hg, Hf).
  change (fun x => integrand f k x + integrand f k (- x)) with (folded f k).
  assert (Ch : RInt (folded f k) 0 T = RInt (folded f k) 0 cut + RInt (folded f k) cut T).
  { symmetry. apply (RInt_Chasles (V := R_CompleteNormedModule)); apply ex_RInt_cont; exact Hh. }
  rewrite Ch.
  set (a := RInt (folded f k) 0 cut). set (b := RInt (folded f k) cut T).
  unfold Rminus. rewrite Rplus_comm, <- Rplus_assoc, Rplus_opp_l, Rplus_0_l.
  apply tail_bound; [lra | exact HT | exact Hh |].
  intros x Hx. unfold cut in Hx.
  assert (Hphi : forall y, 0 <= phi y <= exp (- (y * y) / 2)).
  { intros y. unfold phi. pose proof (exp_pos (- (y * y) / 2)). pose proof sqrt_2PI_ge_1. split.
    - apply Rlt_le, Rdiv_lt_0_compat; lra.
    - apply (Rmult_le_reg_r (sqrt (2 * PI))); [lra |]. unfold Rdiv. rewrite Rmult_assoc, Rinv_l by lra. nra. }
  assert (Hopp : phi (- x) = phi x) by (unfold phi; f_equal; f_equal; f_equal; ring).
  assert (Hhe : Rabs (He k (- x)) = Rabs (He k x)).
  { rewrite He_reflect by exact Hk. rewrite Rabs_mult, pow_1_abs. ring. }
  pose proof (He_bound k x Hk ltac:(lra)) as HB.
  pose proof (Hphi x) as [P0 P1].
  unfold folded, integrand. rewrite Hopp.
  eapply Rle_trans; [apply Rabs_triang |].
  rewrite !Rabs_mult, Hhe, (Rabs_right (phi x)) by lra.
  pose proof (Hb x). pose proof (Hb (- x)). pose proof (Rabs_pos (f x)). pose proof (Rabs_pos (f (- x))).
  pose proof (Rabs_pos (He k x)).
  assert (A : Rabs (f x) * Rabs (He k x) * phi x <= 76 * x ^ 7 * exp (- (x * x) / 2)).
  { apply Rle_trans with (1 * (76 * x ^ 7) * exp (- (x * x) / 2)); [| lra].
    apply Rmult_le_compat; [nra | lra | apply Rmult_le_compat; lra | lra]. }
  assert (B : Rabs (f (- x)) * Rabs (He k x) * phi x <= 76 * x ^ 7 * exp (- (x * x) / 2)).
  { apply Rle_trans with (1 * (76 * x ^ 7) * exp (- (x * x) / 2)); [| lra].
    apply Rmult_le_compat; [nra | lra | apply Rmult_le_compat; lra | lra]. }
  lra.
Qed.

Lemma sqrt_fact_ge_1 (k : nat) : 1 <= sqrt (INR (fact k)).
Proof. rewrite <- sqrt_1. apply sqrt_le_1_alt. apply (le_INR 1). apply lt_O_fact. Qed.

(** From the proper integral J of the folded integrand, within (lo + 1e-17, hi - 1e-17) * s, to the coefficient. *)
Lemma finish (lo hi I J s : R) :
  1 <= s -> Rabs (I - J) <= tail_eps -> (lo + 1e-17) * s <= J <= (hi - 1e-17) * s -> lo <= I / s <= hi.
Proof.
  intros Hs HIJ [HJ1 HJ2]. pose proof tail_eps_small as [E0 E1].
  apply Rabs_le_between' in HIJ. destruct HIJ as [H1 H2].
  split.
  - apply (Rmult_le_reg_r s); [lra |]. unfold Rdiv. rewrite Rmult_assoc, Rinv_l, Rmult_1_r by lra. nra.
  - apply (Rmult_le_reg_r s); [lra |]. unfold Rdiv. rewrite Rmult_assoc, Rinv_l, Rmult_1_r by lra. nra.
Qed.

(** The folded integrands in the closed forms given to [integral]: tanh x = (1 - e^{-2x}) / (1 + e^{-2x}),
    sigmoid(x) - sigmoid(-x) = (1 - e^{-x}) / (1 + e^{-x}), cos(-x) = cos x. *)
Lemma folded_tanh (k : nat) (x : R) : (k <= 6)%nat -> Nat.odd k = true ->
  folded tanh k x = 2 * ((1 - exp (-2 * x)) / (1 + exp (-2 * x))) * He k x * exp (- (x * x) / 2) / sqrt (2 * PI).
Proof.
  intros Hk Ho. unfold folded, integrand, phi, tanh, sinh, cosh.
  rewrite He_reflect, Ropp_involutive by exact Hk.
  replace (- x * - x) with (x * x) by ring.
  replace ((-1) ^ k) with (-1).
  2: { do 7 (destruct k as [|k]; [simpl in Ho |- *; try discriminate; ring |]). lia. }
  replace (exp (-2 * x)) with (exp (- x) * exp (- x)) by (rewrite <- exp_plus; f_equal; ring).
  replace (exp x) with (/ exp (- x)) by (rewrite exp_Ropp, Rinv_inv; reflexivity).
  pose proof (exp_pos (- x)). pose proof sqrt_2PI_ge_1.
  field. repeat split; try nra. 
Qed.

Lemma folded_sigmoid (k : nat) (x : R) : (k <= 6)%nat -> Nat.odd k = true ->
  folded sigmoid k x = (1 - exp (- x)) / (1 + exp (- x)) * He k x * exp (- (x * x) / 2) / sqrt (2 * PI).
Proof.
  intros Hk Ho. unfold folded, integrand, phi, sigmoid.
  rewrite He_reflect, Ropp_involutive by exact Hk.
  replace (- x * - x) with (x * x) by ring.
  replace ((-1) ^ k) with (-1).
  2: { do 7 (destruct k as [|k]; [simpl in Ho |- *; try discriminate; ring |]). lia. }
  replace (exp x) with (/ exp (- x)) by (rewrite exp_Ropp, Rinv_inv; reflexivity).
  pose proof (exp_pos (- x)). pose proof sqrt_2PI_ge_1.
  field. repeat split; try nra.
Qed.

Lemma folded_cos (k : nat) (x : R) : (k <= 6)%nat -> Nat.even k = true ->
  folded cos k x = 2 * cos x * He k x * exp (- (x * x) / 2) / sqrt (2 * PI).
Proof.
  intros Hk He'. unfold folded, integrand, phi.
  rewrite He_reflect, cos_neg by exact Hk.
  replace (- x * - x) with (x * x) by ring.
  replace ((-1) ^ k) with 1.
  2: { do 7 (destruct k as [|k]; [simpl in He' |- *; try discriminate; ring |]). lia. }
  pose proof sqrt_2PI_ge_1. field. lra.
Qed.

(** Rewrites [INR (fact k)] as an integer literal, for [interval]. *)
Ltac fact_literal k :=
  rewrite INR_IZR_INZ;
  let v := eval vm_compute in (Z.of_nat (fact k)) in change (Z.of_nat (fact k)) with v.

(** The error function and Stein's identity for it. *)
Definition gauss (t : R) : R := exp (- (t * t)).
Definition erf (x : R) : R := 2 / sqrt PI * RInt gauss 0 x.

Lemma gauss_continuous (x : R) : continuous gauss x.
Proof. apply (ex_derive_continuous (K := R_AbsRing) (V := R_NormedModule)). unfold gauss. auto_derive. exact I. Qed.

Lemma gauss_bound (x : R) : Rabs (gauss x) <= 1.
Proof.
  unfold gauss. rewrite Rabs_right by (apply Rle_ge, Rlt_le, exp_pos).
  rewrite <- exp_0. destruct (Req_dec x 0) as [E | E]. { subst. rewrite Rmult_0_r, Ropp_0. lra. } apply Rlt_le, exp_increasing. assert (0 < x * x) by (apply Rsqr_pos_lt; exact E). lra.
Qed.

Lemma erf_derive (x : R) : is_derive erf x (2 / sqrt PI * gauss x).
Proof.
  unfold erf. apply (is_derive_scal (fun b => RInt gauss 0 b)).
  apply (is_derive_RInt gauss (fun b => RInt gauss 0 b) 0 x).
  - apply filter_forall. intros b. apply (RInt_correct (V := R_CompleteNormedModule)).
    apply ex_RInt_cont, gauss_continuous.
  - apply gauss_continuous.
Qed.

Lemma erf_continuous (x : R) : continuous erf x.
Proof. apply (ex_derive_continuous (K := R_AbsRing) (V := R_NormedModule)). eexists. apply erf_derive. Qed.

Lemma erf_linear_bound (T : R) : 0 <= T -> Rabs (erf T) <= 2 * T /\ Rabs (erf (- T)) <= 2 * T.
Proof.
  intros HT.
  assert (C : 0 < 2 / sqrt PI <= 2) by (split; interval).
  assert (A : forall a b, a <= b -> Rabs (RInt gauss a b) <= b - a).
  { intros a b Hab. replace (b - a) with ((b - a) * 1) by ring.
    apply (abs_RInt_le_const gauss a b 1 Hab).
    - apply ex_RInt_cont, gauss_continuous.
    - intros t _. apply gauss_bound. }
  unfold erf. split.
  - rewrite Rabs_mult, (Rabs_right (2 / sqrt PI)) by lra.
    pose proof (A 0 T HT). pose proof (Rabs_pos (RInt gauss 0 T)). nra.
  - rewrite Rabs_mult, (Rabs_right (2 / sqrt PI)) by lra.
    rewrite <- (opp_RInt_swap (V := R_CompleteNormedModule)) by (apply ex_RInt_cont, gauss_continuous).
    change (Rabs (- RInt gauss (- T) 0)) with (Rabs (opp (RInt gauss (- T) 0))).
    change (opp (RInt gauss (- T) 0)) with (- RInt gauss (- T) 0). rewrite Rabs_Ropp.
    pose proof (A (- T) 0 ltac:(lra)). pose proof (Rabs_pos (RInt gauss (- T) 0)). nra.
Qed.

(** x^8 e^{-x^2/2} decreases beyond sqrt 8: its derivative is (8x^7 - x^9) e^{-x^2/2}. *)
Lemma boundary_decreasing (T : R) : 11 <= T -> T ^ 8 * exp (- (T * T) / 2) <= 11 ^ 8 * exp (- (11 * 11) / 2).
Proof.
  intros HT.
  set (G := fun x => x ^ 8 * exp (- (x * x) / 2)).
  set (g := fun x => (8 * x ^ 7 - x ^ 9) * exp (- (x * x) / 2)).
  assert (Hg : forall x, continuous g x).
  { intros x. apply (ex_derive_continuous (K := R_AbsRing) (V := R_NormedModule)). unfold g. auto_derive. exact I. }
  assert (HG : is_RInt g 11 T (minus (G T) (G 11))).
  { apply (is_RInt_derive (V := R_CompleteNormedModule)).
    - intros x _. unfold G, g. auto_derive; [exact I |].
      match goal with |- ?a = ?b => change (@eq R a b) end. unfold Rdiv. field.
    - intros x _. apply Hg. }
  assert (L : RInt g 11 T <= RInt (fun _ => 0) 11 T).
  { apply RInt_le; [exact HT | apply ex_RInt_cont, Hg | apply ex_RInt_cont; intros; apply continuous_const |].
    intros x [Hx _]. unfold g. apply Rmult_le_0_r; [| apply Rlt_le, exp_pos].
    assert (8 <= x * x) by nra. assert (0 <= x ^ 7) by (apply pow_le; lra).
    replace (8 * x ^ 7 - x ^ 9) with (x ^ 7 * (8 - x * x)) by ring. nra. }
  rewrite RInt_const, (is_RInt_unique _ _ _ _ HG) in L.
  change (G T - G 11 <= (T - 11) * 0) in L. unfold G in L. lra.
Qed.

(** (He_{k-1} phi)' = - He_k phi. *)
Lemma He_phi_derive (k : nat) (x : R) : (1 <= k <= 6)%nat ->
  is_derive (fun y => He (k - 1) y * phi y) x (- (He k x * phi x)).
Proof.
  intros Hk. pose proof PI_RGT_0.
  assert (Hs : sqrt (2 * PI) <> 0) by (apply Rgt_not_eq, sqrt_lt_R0; lra).
  destruct k as [|k]; [lia |]. replace (S k - 1)%nat with k by lia.
  do 6 (destruct k as [|k];
    [ eapply is_derive_ext; [intros y; unfold He; simpl; reflexivity |];
      unfold phi, He; simpl; auto_derive; [exact I |];
      match goal with |- ?a = ?b => change (@eq R a b) end; unfold Rdiv; field; exact Hs | ]).
  lia.
Qed.

Definition erf_boundary_eps : R := 4 * 76 * (11 ^ 8 * exp (- (11 * 11) / 2)).

Lemma erf_boundary (k : nat) (T : R) : (1 <= k <= 6)%nat -> 11 <= T ->
  Rabs (erf T * (He (k - 1) T * phi T) - erf (- T) * (He (k - 1) (- T) * phi (- T))) <= erf_boundary_eps.
Proof.
  intros Hk HT.
  destruct (erf_linear_bound T ltac:(lra)) as [E1 E2].
  assert (Hphi : 0 <= phi T <= exp (- (T * T) / 2)).
  { unfold phi. pose proof (exp_pos (- (T * T) / 2)). pose proof sqrt_2PI_ge_1. split.
    - apply Rlt_le, Rdiv_lt_0_compat; lra.
    - apply (Rmult_le_reg_r (sqrt (2 * PI))); [lra |]. unfold Rdiv. rewrite Rmult_assoc, Rinv_l by lra. nra. }
  assert (Hopp : phi (- T) = phi T) by (unfold phi; f_equal; f_equal; f_equal; ring).
  assert (Hhe : Rabs (He (k - 1) (- T)) = Rabs (He (k - 1) T)).
  { rewrite He_reflect by lia. rewrite Rabs_mult, pow_1_abs. ring. }
  pose proof (He_bound (k - 1) T ltac:(lia) ltac:(lra)) as HB.
  pose proof (boundary_decreasing T HT) as Hd.
  rewrite Hopp.
  assert (A : forall e, Rabs e <= 2 * T -> Rabs (e * (He (k - 1) T * phi T)) <= 152 * (T ^ 8 * exp (- (T * T) / 2))).
  { intros e He'. rewrite !Rabs_mult, (Rabs_right (phi T)) by lra.
    pose proof (Rabs_pos e). pose proof (Rabs_pos (He (k - 1) T)).
    apply Rle_trans with ((2 * T) * ((76 * T ^ 7) * exp (- (T * T) / 2))).
    - apply Rmult_le_compat; [lra | apply Rmult_le_pos; lra | lra |].
      apply Rmult_le_compat; lra.
    - simpl pow. lra. }
  assert (A2 : Rabs (erf (- T) * (He (k - 1) (- T) * phi T)) <= 152 * (T ^ 8 * exp (- (T * T) / 2))).
  { rewrite Rabs_mult, Rabs_mult, Hhe, <- Rabs_mult, <- Rabs_mult. apply A. exact E2. }
  pose proof (A (erf T) E1) as A1.
  unfold Rminus. eapply Rle_trans; [apply Rabs_triang |]. rewrite Rabs_Ropp.
  unfold erf_boundary_eps. lra.
Qed.

(** Integration by parts (Stein's identity on [-T, T]): with F = erf He_{k-1} phi and F' = erf' He_{k-1} phi - erf He_k phi,
    the integral of erf He_k phi is that of (2/sqrt pi) e^{-x^2} He_{k-1} phi minus F(T) - F(-T). *)
Lemma erf_parts (k : nat) (T : R) : (1 <= k <= 6)%nat ->
  RInt (integrand erf k) (- T) T = 2 / sqrt PI * RInt (integrand gauss (k - 1)) (- T) T
    - (erf T * (He (k - 1) T * phi T) - erf (- T) * (He (k - 1) (- T) * phi (- T))).
Proof.
  intros Hk.
  set (F := fun y => erf y * (He (k - 1) y * phi y)).
  set (dF := fun y => 2 / sqrt PI * integrand gauss (k - 1) y - integrand erf k y).
  assert (D : forall y, is_derive F y (dF y)).
  { intros y.
    pose proof (is_derive_mult erf (fun y => He (k - 1) y * phi y) y _ _ (erf_derive y) (He_phi_derive k y Hk)
      (fun n m => Rmult_comm n m)) as M.
    replace (dF y) with (plus (mult (2 / sqrt PI * gauss y) (He (k - 1) y * phi y)) (mult (erf y) (- (He k y * phi y)))).
    - exact M.
    - unfold dF, integrand. change (plus ?a ?b) with (a + b). change (mult ?a ?b) with (a * b).
      match goal with |- ?a = ?b => change (@eq R a b) end. ring. }
  assert (Cg : forall y, continuous (integrand gauss (k - 1)) y) by (intros; apply integrand_continuous, gauss_continuous).
  assert (Ce : forall y, continuous (integrand erf k) y) by (intros; apply integrand_continuous, erf_continuous).
  assert (C : forall y, continuous dF y).
  { intros y. apply continuity_pt_filterlim. unfold dF.
    apply (continuity_pt_minus (fun y => 2 / sqrt PI * integrand gauss (k - 1) y) (integrand erf k)).
    - apply (continuity_pt_mult (fun _ => 2 / sqrt PI) (integrand gauss (k - 1))).
      + apply continuity_pt_const. intros a b. reflexivity.
      + apply continuity_pt_filterlim, Cg.
    - apply continuity_pt_filterlim, Ce. }
  pose proof (is_RInt_derive (V := R_CompleteNormedModule) F dF (- T) T (fun y _ => D y) (fun y _ => C y)) as P.
  apply is_RInt_unique in P.
  assert (L : RInt dF (- T) T = 2 / sqrt PI * RInt (integrand gauss (k - 1)) (- T) T - RInt (integrand erf k) (- T) T).
  { unfold dF.
    rewrite (RInt_minus (V := R_CompleteNormedModule) (fun y => 2 / sqrt PI * integrand gauss (k - 1) y)
      (integrand erf k)).
    - rewrite (RInt_scal (V := R_CompleteNormedModule) (integrand gauss (k - 1))) by (apply ex_RInt_cont, Cg).
      reflexivity.
    - apply ex_RInt_cont. intros y. apply continuity_pt_filterlim.
      apply (continuity_pt_mult (fun _ => 2 / sqrt PI) (integrand gauss (k - 1))).
      + apply continuity_pt_const. intros a b. reflexivity.
      + apply continuity_pt_filterlim, Cg.
    - apply ex_RInt_cont, Ce. }
  change (minus (F T) (F (- T))) with (F T - F (- T)) in P.
  unfold F in P. lra.
Qed.

Lemma folded_gauss (k : nat) (x : R) : (k <= 6)%nat -> Nat.even k = true ->
  folded gauss k x = 2 * exp (- (x * x)) * He k x * exp (- (x * x) / 2) / sqrt (2 * PI).
Proof.
  intros Hk He'. unfold folded, integrand, phi, gauss.
  rewrite He_reflect by exact Hk.
  replace (- x * - x) with (x * x) by ring.
  replace ((-1) ^ k) with 1.
  2: { do 7 (destruct k as [|k]; [simpl in He' |- *; try discriminate; ring |]). lia. }
  pose proof sqrt_2PI_ge_1. field. lra.
Qed.

Lemma erf_boundary_eps_small : 0 <= erf_boundary_eps <= 1e-15.
Proof. unfold erf_boundary_eps. split; interval. Qed.
