META
key;value
description;"Generated election 56 ""test""; reference"
num_projects;20
num_votes;3
budget;4068,42
vote_type;approval
rule;equalshares
PROJECTSproject_id;cost;name;votes;selected
BO.D8.1/23;500;Baum;0;0
BO.D9.2/23;1450;Baum;0;0
BO.D5.3/23;200;"Licht; Weg";0;1
BO.D9.4/23;200;" Garten ";0;0
BO.D7.5/23;0;Bänke am Teich;1;1
BO.D4.6/23;2201.86;"Spielplatz ""Nord""";0;0
BO.D2.7/23;500;Baum;0;1
BO.D6.8/23;200;" Garten ";1;0
BO.D2.9/23;1529.00;"Licht; Weg";0;0
BO.D6.10/23;150;Baum;3;0
BO.D5.11/23;50;"Licht; Weg";1;0
BO.D4.12/23;2812.00;Bänke am Teich;2;1
BO.D1.13/23;350;"Spielplatz ""Nord""";1;1
BO.D4.14/23;1250;"Spielplatz ""Nord""";2;0
BO.D1.15/23;1550;"Spielplatz ""Nord""";0;1
BO.D9.16/23;843.65;Baum;1;0
BO.D3.17/23;1600;Baum;1;1
BO.D7.18/23;2200;"Spielplatz ""Nord""";0;1
BO.D1.19/23;790.43;" Garten ";0;0
BO.D3.20/23;1965.18;Baum;0;0

VOTES
voter_id;vote;age
1;BO.D4.14/23,BO.D4.12/23,BO.D6.10/23;33
2;BO.D9.16/23,BO.D6.10/23,BO.D1.13/23,BO.D7.5/23;none
3;BO.D6.10/23,BO.D4.14/23,BO.D6.8/23,BO.D3.17/23,BO.D4.12/23,BO.D5.11/23;43
