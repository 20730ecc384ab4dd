(** * Hermite polynomials, the Gaussian moment functional, Hermite coefficients and exponents (MATH.md §2, §3).

    Variables: [z] = x_0, [v] = x_1, [m] = x_2, [c] = x_3 (c = √(1−m²)), [eta] = x_4, [s] = x_5 (s = ηd),
    [y] = x_6. A link σ is a polynomial in x_0. *)

From Coq Require Import QArith Qreals Reals List Bool Arith Lia Lra.
From SGDX Require Import Poly.
Import ListNotations.
Open Scope Q_scope.

Definition X : poly := pvar 0.   (** z *)
Definition V : poly := pvar 1.   (** v *)
Definition M : poly := pvar 2.   (** m *)
Definition C : poly := pvar 3.   (** c = √(1 − m²) *)
Definition ETA : poly := pvar 4. (** η *)
Definition S : poly := pvar 5.   (** s = η d *)
Definition Y : poly := pvar 6.   (** the label y *)

Definition qz (n : Z) : Q := inject_Z n.
Definition qn (n : nat) : Q := inject_Z (Z.of_nat n).

Fixpoint zfact (n : nat) : Z := match n with O => 1%Z | Datatypes.S k => (Z.of_nat n * zfact k)%Z end.
Definition binom (n k : nat) : Z := (zfact n / (zfact k * zfact (n - k)))%Z.

(** ** Probabilists' Hermite polynomials He_n(x), by the recurrence He_{n+2} = x He_{n+1} − (n+1) He_n *)

Fixpoint He_pair (n : nat) (x : poly) : poly * poly :=
  match n with
  | O => (pconst 1, x)
  | Datatypes.S k => let (a, b) := He_pair k x in (b, psub (pmul x b) (pscale (qn (Datatypes.S k)) a))
  end.

Definition He (n : nat) (x : poly) : poly := fst (He_pair n x).

Lemma He_0 : forall x, He 0 x = pconst 1.
Proof. reflexivity. Qed.

Lemma He_1 : forall x, He 1 x = x.
Proof. reflexivity. Qed.

Lemma He_rec : forall n x, He (Datatypes.S (Datatypes.S n)) x = psub (pmul x (He (Datatypes.S n) x)) (pscale (qn (Datatypes.S n)) (He n x)).
Proof.
  intros n x. unfold He. simpl.
  assert (H : forall k, snd (He_pair k x) = fst (He_pair (Datatypes.S k) x)).
  { intros k. simpl. destruct (He_pair k x). reflexivity. }
  destruct (He_pair n x) as [a b] eqn:E. simpl. reflexivity.
Qed.

(** ** The Gaussian moment functional: E[Z^n] = (n−1)!! for even n, 0 for odd n *)

Fixpoint moment (n : nat) : Z :=
  match n with
  | O => 1%Z
  | 1%nat => 0%Z
  | Datatypes.S (Datatypes.S k as k1) => (Z.of_nat k1 * moment k)%Z
  end.

(** [expect k p]: the expectation of [p] over the variable [k] taken standard normal, the other variables fixed:
    the linear map sending x_k^n · (monomial in the other variables) to E[Z^n] · (that monomial).  For independent
    standard normals (z, v), [expect 1 (expect 0 p)] is E over both. *)
Definition expect (k : nat) (p : poly) : poly :=
  fold_right (fun t acc => padd (tmul (Qred (fst t * qz (moment (mget (snd t) k))), mset (snd t) k O) [(1, [])]) acc)
             [] p.

(** Hermite coefficient u_k(f) = E[f(Z) He_k(Z)] / k! of a polynomial in z (and parameters). *)
Definition u (k : nat) (f : poly) : poly := pscale (1 / qz (zfact k)) (expect 0 (pmul f (He k X))).

(** Normalised coefficient squared: c_k(f)² = k! u_k(f)². *)
Definition c2 (k : nat) (f : poly) : poly := pscale (qz (zfact k)) (pmul (u k f) (u k f)).

(** ** Information exponent (MATH.md §3): p = min{k ≥ 1 : u_k(σ) ≠ 0} *)

Definition information_exponent (f : poly) (p : nat) : Prop :=
  (1 <= p)%nat /\ (forall i, (1 <= i < p)%nat -> u i f ≡ pzero) /\ ~ (u p f ≡ pzero).

Definition const_nonzero (q : poly) : bool :=
  match q with [(c, m)] => allzero m && negb (Qeq_bool c 0) | _ => false end.

Lemma const_nonzero_sound : forall q, const_nonzero q = true -> ~ (q ≡ pzero).
Proof.
  intros q Hq H. destruct q as [|[c m] [|t q]]; simpl in Hq; try discriminate.
  apply andb_true_iff in Hq as [Hm Hq].
  specialize (H (fun _ => 0%R)). unfold pzero in H. cbn [peval] in H. unfold teval in H; cbn [fst snd] in H.
  rewrite (meval_allzero _ _ _ Hm) in H.
  apply negb_true_iff in Hq.
  assert (Q2R c = 0%R) by lra.
  assert (Hc : c == 0) by (apply eqR_Qeq; rewrite Q2R_0; assumption).
  apply Qeq_bool_iff in Hc. congruence.
Qed.

Definition ie_check (f : poly) (p : nat) : bool :=
  (1 <=? p)%nat && all_upto p (fun i => (i =? 0)%nat || (p <=? i)%nat || peqb (u i f) pzero)
  && const_nonzero (u p f).

Lemma ie_check_sound : forall f p, ie_check f p = true -> information_exponent f p.
Proof.
  intros f p H. unfold ie_check in H. apply andb_true_iff in H as [H H3]. apply andb_true_iff in H as [H1 H2].
  split; [apply Nat.leb_le; exact H1|]. split.
  - intros i Hi. pose proof (all_upto_spec _ _ H2 i ltac:(lia)) as Hb. simpl in Hb.
    destruct (i =? 0)%nat eqn:E1; [apply Nat.eqb_eq in E1; lia|].
    destruct (p <=? i)%nat eqn:E2; [apply Nat.leb_le in E2; lia|].
    apply peqb_sound. exact Hb.
  - apply const_nonzero_sound. exact H3.
Qed.

