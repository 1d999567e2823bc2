use super::*;

fn street_party() -> ApplicationPlan {
    ApplicationPlan {
        title: "Straßenfest Mühlgasse".into(),
        investive: false,
        start: Date::new(2024, 9, 14),
        end: Date::new(2024, 9, 14),
        inside_area: Some(true),
        cost_lines: vec![
            CostLine {
                category: "Sachkosten".into(),
                description: "Plakate".into(),
                amount: Money::euros(120),
                investive: false,
                purchase: false,
                quotes: 0,
            },
            CostLine {
                category: "Anschaffungen".into(),
                description: "Musikanlage".into(),
                amount: Money::euros(480),
                investive: false,
                purchase: true,
                quotes: 0,
            },
        ],
        financing_lines: vec![
            FinancingLine {
                kind: FinancingKind::OwnWork,
                description: "Aufbau".into(),
                amount: Money::euros(100),
            },
            FinancingLine {
                kind: FinancingKind::Requested,
                description: "Verfügungsfonds".into(),
                amount: Money::euros(500),
            },
        ],
        declarations: Declarations {
            not_started: true,
            no_double_funding: true,
            data_protection_consent: true,
            exclusions_confirmed: vec![
                "operating_costs".into(),
                "institutional_funding".into(),
                "subordinate".into(),
            ],
        },
    }
}

fn ctx() -> CheckContext {
    CheckContext {
        year: 2024,
        decision_date: Date::new(2024, 7, 2),
    }
}

#[test]
fn purchase_over_410_is_named_with_its_line_then_fixed() {
    let rules = FundRules::leipzig();
    let mut plan = street_party();
    let v = check_application(&rules, &plan, ctx());
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].rule(), "caps.single_purchase");
    assert_eq!(v[0].field(), "cost_lines[2].amount");
    assert_eq!(v[0].line(), Some((Section::Costs, 2)));
    assert_eq!(v[0].message_id(), "fund-rule-caps-single-purchase");
    plan.cost_lines[1].amount = Money::euros(380);
    plan.financing_lines[1].amount = Money::euros(400);
    assert!(check_application(&rules, &plan, ctx()).is_empty());
}

#[test]
fn unbalanced_plan_and_caps() {
    let rules = FundRules::leipzig();
    let mut plan = street_party();
    plan.cost_lines[1].amount = Money::euros(380);
    plan.financing_lines[1].amount = Money::euros(1220);
    plan.cost_lines.push(CostLine {
        category: "Honorare".into(),
        description: "Band".into(),
        amount: Money::euros(820),
        investive: false,
        purchase: false,
        quotes: 3,
    });
    let rules_hit: Vec<String> = check_application(&rules, &plan, ctx())
        .iter()
        .map(|v| v.rule())
        .collect();
    assert_eq!(rules_hit, vec!["caps.non_investive_per_application"]);
    plan.financing_lines[1].amount = Money::euros(900);
    let v = check_application(&rules, &plan, ctx());
    assert_eq!(
        v,
        vec![Violation::NotBalanced {
            expenses: Money::euros(1320),
            income: Money::euros(1000)
        }]
    );
}

#[test]
fn investive_share_and_own_contribution() {
    let rules = FundRules::leipzig();
    let mut plan = street_party();
    plan.investive = true;
    plan.cost_lines = vec![CostLine {
        category: "Anschaffungen".into(),
        description: "Holz".into(),
        amount: Money::euros(1980),
        investive: true,
        purchase: false,
        quotes: 3,
    }];
    plan.financing_lines = vec![
        FinancingLine {
            kind: FinancingKind::ThirdParty,
            description: "WG".into(),
            amount: Money::euros(980),
        },
        FinancingLine {
            kind: FinancingKind::Requested,
            description: "VF".into(),
            amount: Money::euros(1000),
        },
    ];
    let v: Vec<String> = check_application(&rules, &plan, ctx())
        .iter()
        .map(|v| v.rule())
        .collect();
    assert_eq!(
        v,
        vec![
            "caps.investive_max_share_percent",
            "own_contribution.expected"
        ]
    );
    plan.financing_lines[0].amount = Money::euros(890);
    plan.financing_lines.insert(
        0,
        FinancingLine {
            kind: FinancingKind::OwnFunds,
            description: "Spenden".into(),
            amount: Money::euros(100),
        },
    );
    plan.financing_lines[2].amount = Money::euros(990);
    assert!(check_application(&rules, &plan, ctx()).is_empty());
}

#[test]
fn berlin_material_costs_dates_area_declarations() {
    let rules = FundRules::berlin();
    let mut plan = street_party();
    plan.cost_lines[1].purchase = false; // Berlin has no single-purchase cap
    plan.cost_lines.push(CostLine {
        category: "Honorare".into(),
        description: "DJ".into(),
        amount: Money::euros(200),
        investive: false,
        purchase: false,
        quotes: 0,
    });
    plan.start = Date::new(2024, 6, 1);
    plan.end = Date::new(2025, 1, 10);
    plan.inside_area = Some(false);
    plan.declarations.data_protection_consent = false;
    plan.financing_lines[1].amount = Money::euros(700);
    let v: Vec<String> = check_application(&rules, &plan, ctx())
        .iter()
        .map(|v| v.rule())
        .collect();
    assert_eq!(
        v,
        vec![
            "completion.by",
            "retroactive_funding",
            "area.inside",
            "costs.material_costs_only",
            "declarations.data_protection_consent"
        ]
    );
}

#[test]
fn bad_lines_are_named() {
    let rules = FundRules::leipzig();
    let mut plan = street_party();
    plan.cost_lines[0].amount = Money(-500);
    plan.cost_lines[0].category = " ".into();
    plan.cost_lines.push(CostLine {
        category: "Miete".into(),
        description: "Raum".into(),
        amount: Money::euros(300),
        investive: false,
        purchase: false,
        quotes: 0,
    });
    let fields: Vec<String> = check_application(&rules, &plan, ctx())
        .iter()
        .map(|v| v.field())
        .collect();
    assert!(
        fields.contains(&"cost_lines[1].category".to_string()),
        "{fields:?}"
    );
    assert!(
        fields.contains(&"cost_lines[1].amount".to_string()),
        "{fields:?}"
    );
    assert!(
        fields.contains(&"cost_lines[3].category".to_string()),
        "{fields:?}"
    );
    let empty = ApplicationPlan {
        cost_lines: vec![],
        financing_lines: vec![],
        ..street_party()
    };
    let rules_hit: Vec<String> = check_application(&rules, &empty, ctx())
        .iter()
        .map(|v| v.rule())
        .collect();
    assert!(rules_hit.contains(&"costs.required".to_string()));
    assert!(rules_hit.contains(&"financing.requested".to_string()));
}
